/*
 * The C side of ocenka's terminal layer: wide-character ncurses, plus
 * static inline accessors for what Swift cannot import on its own.
 *
 * Swift 6 rejects ncurses' mutable globals (stdscr, LINES, COLS, COLORS,
 * ESCDELAY) as not concurrency-safe, and it cannot import function-like
 * macros (COLOR_PAIR, the A_* attribute bits, KEY_F). The functions below
 * read them on the caller's thread; the Terminal module calls them from
 * the one thread that owns the session.
 */
#ifndef OCENKA_CNCURSESW_SHIM_H
#define OCENKA_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>

#if __has_include(<ncursesw/ncurses.h>)
#include <ncursesw/ncurses.h>
#else
#include <ncurses.h>
#endif

/* Globals. */

static inline WINDOW *ocenka_stdscr(void) { return stdscr; }
static inline WINDOW *ocenka_curscr(void) { return curscr; }
static inline int ocenka_lines(void) { return LINES; }
static inline int ocenka_cols(void) { return COLS; }
static inline int ocenka_colors(void) { return COLORS; }
static inline int ocenka_color_pairs(void) { return COLOR_PAIRS; }
static inline int ocenka_escdelay(void) { return ESCDELAY; }
static inline int ocenka_set_escdelay(int milliseconds) { return set_escdelay(milliseconds); }

/* The C library's standard streams, for newterm. */

static inline FILE *ocenka_stdin(void) { return stdin; }
static inline FILE *ocenka_stdout(void) { return stdout; }

/* Attribute bits (function-like macros in ncurses.h). */

static inline attr_t ocenka_attr_normal(void) { return A_NORMAL; }
static inline attr_t ocenka_attr_bold(void) { return A_BOLD; }
static inline attr_t ocenka_attr_dim(void) { return A_DIM; }
static inline attr_t ocenka_attr_reverse(void) { return A_REVERSE; }
static inline attr_t ocenka_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t ocenka_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

/* Key codes that are function-like macros. */

static inline int ocenka_key_f(int number) { return KEY_F(number); }

/* Cursor position of a window (getyx is a macro). */

static inline void ocenka_getyx(WINDOW *window, int *row, int *column) {
    int y, x;
    getyx(window, y, x);
    *row = y;
    *column = x;
}

#endif
