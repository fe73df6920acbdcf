/**
 * The REPL: the same commands as the command line, plus reading on ({@code next}, {@code more}),
 * run over JLine on a terminal or line by line from a pipe.
 *
 * <p>The one package that uses JLine. Uses {@code cli} and the layers below it.
 */
package dev.convo.repl;
