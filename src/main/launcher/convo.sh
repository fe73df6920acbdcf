#!/bin/sh
# convo's launcher. The build copies it to target/convo beside target/convo.jar, filling in the
# jar's directory and SHA-256.
#
# It starts the jar with a dynamic class-data-sharing (AppCDS) archive, which spares the JVM most
# of its class loading and verification (bench/RESULTS.md has the figures); on JDK 25 and later,
# with an AOT cache, which also keeps classes linked and a few objects made. The first run of a
# build starts plainly and, once it has answered, a background JVM runs dev.convo.ArchiveTraining
# with -XX:ArchiveClassesAtExit (or -XX:AOTCacheOutput); later runs map what it wrote.
# Archives live in ${XDG_CACHE_HOME:-~/.cache}/convo under the jar's directory, named by the jar's
# SHA-256 and the exact JVM build, so a rebuilt jar or another JDK gets its own. Anything wrong
# with an archive means a plain start and no message: the JVM's own log goes to stderr at error
# level only, never to stdout where it would corrupt a pipe.
#
# POSIX sh with builtins only on the usual path: on small VMs each fork+exec costs milliseconds,
# which is a tenth of the whole budget.

# No pathname expansion: the JVM flags below are split unquoted and one of them holds a '*'.
set -f

jar_dir='@JAR_DIR@'
jar_sha='@JAR_SHA256@'

# The usual case, including a symlink from ~/.local/bin: -ef compares the files symlinks lead to.
if ! [ "$0" -ef "$jar_dir/convo" ] || ! [ -f "$jar_dir/convo.jar" ]; then
  self=$0
  while [ -h "$self" ]; do
    link=$(readlink -- "$self") || break
    case $link in
      /*) self=$link ;;
      *) self=${self%/*}/$link ;;
    esac
  done
  case $self in
    */*) ;;
    *) self=./$self ;;
  esac
  jar_dir=$(cd -P -- "${self%/*}" && pwd -P) || exit 3
  if ! [ -f "$jar_dir/convo.jar" ]; then
    echo "convo: convo.jar is missing from $jar_dir (the launcher must stay beside it)" >&2
    exit 3
  fi
fi
jar=$jar_dir/convo.jar

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
else
  java=
  saved_ifs=$IFS
  IFS=:
  for entry in $PATH; do
    if [ -x "${entry:-.}/java" ] && ! [ -d "${entry:-.}/java" ]; then
      java=${entry:-.}/java
      break
    fi
  done
  IFS=$saved_ifs
  if [ -z "$java" ]; then
    echo "convo: no java on PATH; install a JDK 17 or newer, or set JAVA_HOME" >&2
    exit 3
  fi
fi

# C1 alone compiles soon enough for a run that lasts a tenth of a second, and measured better in the
# REPL too (twenty searches over a corpus 100 times the interview: 57 ms of CPU each against 77 ms
# with C2, whose compiler threads cost more than its code saves). Serial GC and no perf-data file
# spare a one-shot run GC threads and a mmap.
# Archive trouble is never the user's: a JVM that cannot map one says so at error level (JDK 25
# does), then starts plainly anyway.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable
  -Xlog:all=error:stderr -Xlog:cds*=off:stderr -XX:+DisplayVMOutputToStderr"
set -- -jar "$jar" "$@"

cache=${XDG_CACHE_HOME:-}
if [ -z "$cache" ]; then
  [ -n "${HOME:-}" ] || exec "$java" $flags "$@"
  cache=$HOME/.cache
fi
dir=$cache/convo$jar_dir

# The JDK's release file names its exact build (what `java -version` prints) without starting a
# JVM. Where java is a symlink (/usr/bin/java on Debian), where it leads is remembered in the cache
# and checked with -ef, so readlink runs only when the link has changed.
real=$java
if [ -h "$java" ]; then
  real=
  [ -f "$cache/convo/java-link" ] && IFS= read -r real <"$cache/convo/java-link"
  if [ -z "$real" ] || ! [ "$java" -ef "$real" ] || [ -h "$real" ]; then
    real=$(readlink -f -- "$java") || exec "$java" $flags "$@"
    if mkdir -p -- "$cache/convo" 2>/dev/null &&
      printf '%s\n' "$real" >"$cache/convo/java-link.$$" 2>/dev/null; then
      mv -f -- "$cache/convo/java-link.$$" "$cache/convo/java-link" 2>/dev/null ||
        rm -f -- "$cache/convo/java-link.$$"
    fi
  fi
fi
jvm=
if [ -f "${real%/bin/java}/release" ]; then
  while IFS= read -r line; do
    case $line in
      JAVA_RUNTIME_VERSION=*)
        jvm=${line#*=}
        break
        ;;
    esac
  done <"${real%/bin/java}/release"
fi
jvm=${jvm#\"}
jvm=${jvm%\"}
case $jvm in
  '' | */*) exec "$java" $flags "$@" ;;
esac

# JDK 25's AOT cache is the faster of the two. A cache made for an older jar can run stale classes
# on 25.0.3 (JDK-8377932); the jar's SHA-256 in the name makes that impossible here.
case ${jvm%%[!0-9]*} in
  1[7-9] | 2[0-4])
    kind=jsa
    use=-XX:SharedArchiveFile
    make=-XX:ArchiveClassesAtExit
    training=
    check=-Xshare:on
    flags="$flags -Xshare:auto"
    ;;
  *)
    kind=aot
    use=-XX:AOTCache
    make=-XX:AOTCacheOutput
    # The cache loads every class it holds at each start: it is trained on the everyday commands
    # alone (dev.convo.ArchiveTraining says why).
    training=--everyday
    check=-XX:AOTMode=on
    # After -Xlog:all=error, which would otherwise show a cache it cannot map as an error.
    flags="$flags -Xlog:aot*=off:stderr"
    ;;
esac

archive=$dir/convo-$jar_sha-$jvm.$kind
stamp=$archive.ok

# The stamp carries the archive's mtime from the moment it was checked and moved into place: a
# JDK 17 that maps a truncated archive dies of SIGBUS, so an archive written since is not trusted.
trained() {
  [ -f "$archive" ] && [ -f "$stamp" ] && ! [ "$archive" -nt "$stamp" ] &&
    ! [ "$archive" -ot "$stamp" ] && ! [ "$jar" -nt "$archive" ]
}
if trained; then
  exec "$java" $flags "$use=$archive" "$@"
fi

# A terminal sends Ctrl-C to the whole foreground group: the REPL takes it to clear a line or stop
# output, but a shell waiting on a command dies of it once the command is done, so the session
# would end with status 130 and no archive would ever be made. A handler that does nothing keeps
# this shell alive; java still starts with Ctrl-C's default action, as handlers, unlike ignored
# signals, are not passed on. A one-shot command that Ctrl-C ended still ends with its 130.
trap : INT
"$java" $flags "$@"
status=$?
trap - INT
if [ "$status" -ge 128 ] || { [ -d "$dir" ] && ! [ -w "$dir" ]; }; then
  exit "$status"
fi

train() {
  mkdir -p -- "$dir" || return
  lock=$archive.lock
  if ! mkdir -- "$lock"; then
    # A trainer that was killed leaves its lock; one older than ten minutes is taken as dead.
    [ -n "$(find "$lock" -maxdepth 0 -mmin +10)" ] && rm -rf -- "$lock" && mkdir -- "$lock" ||
      return
  fi
  # Another first run may have finished training while this one was answering.
  if trained; then
    rm -rf -- "$lock"
    return
  fi
  tmp=$lock/archive.$kind
  # -Xshare:on (-XX:AOTMode=on) turns any problem mapping the new archive into a failed check (a
  # truncated one into a crash) here, out of sight, rather than in a user's run.
  if "$java" $flags "$make=$tmp" -cp "$jar" dev.convo.ArchiveTraining $training &&
    [ -s "$tmp" ] &&
    "$java" $flags "$check" "$use=$tmp" -cp "$jar" -version &&
    mv -f -- "$tmp" "$archive"; then
    touch -r "$archive" -- "$stamp"
    set +f
    for old in "$dir"/convo-*.jsa "$dir"/convo-*.aot; do
      case $old in
        "$dir/convo-$jar_sha-"*) ;;
        *) rm -f -- "$old" "$old.ok" ;;
      esac
    done
  fi
  rm -rf -- "$lock"
}
# The trainer keeps none of the caller's descriptors, or whatever reads the launcher's output through
# $(…) or a pipe would wait for the end of training. Redirections on a function call would not do:
# the shell keeps copies of the descriptors they replace, to restore them when it returns; exec
# replaces them for good. Ignoring SIGHUP, as nohup does, lets training outlive a closed terminal.
(
  trap '' HUP
  exec </dev/null >/dev/null 2>&1
  train
) &
exit "$status"
