import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal, owned by the program while a full-screen interface runs.
///
/// This is the only type that calls ncurses. Start it, draw frames built in
/// a ``ScreenBuffer`` and read keys; stop it (or let it go) to give the
/// terminal back:
///
/// ```swift
/// let session = try TerminalSession.start()
/// defer { session.stop() }
/// var buffer = session.makeBuffer()
/// buffer.write("Здравейте", row: 0, column: 0)
/// session.draw(buffer)
/// let key = try session.readKey()
/// ```
///
/// The terminal is restored however the program ends: by ``stop()``, at
/// `exit` (an `atexit` handler), on SIGINT, SIGTERM and SIGHUP (the process
/// then exits with 128 + the signal number: 130, 143, 129) and on a crash
/// (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, which are then
/// passed on to whatever handled them before, such as Swift's backtracer).
///
/// The session is not `Sendable`: ncurses keeps global state, so create and
/// use it on one thread, normally the main one. Only one session can be
/// active at a time.
public final class TerminalSession {
    /// Whether semantic colours are drawn as colours.
    public let colorMode: ColorMode
    /// How many colours the terminal reports (0 when it has none).
    public let colorCount: Int
    /// The `LC_CTYPE` locale the session runs in, e.g. "C.UTF-8".
    public let characterLocale: String

    private let screen: OpaquePointer
    private var previousFrame: ScreenBuffer?
    private var needsFullRedraw = true
    private var isStopped = false
    private var isCursorVisible = false
    private var wideCharacters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
    /// Input read while decoding an escape sequence that belongs to the next key.
    private var pushedBack: [(Int32, UInt32)] = []

    /// The terminal's foreground colour for each colour pair of
    /// ``ColorMode``.
    private static let pairColors: [(SemanticColor, Int32)] = [
        (.accent, COLOR_CYAN),
        (.warning, COLOR_YELLOW),
        (.error, COLOR_RED),
        (.success, COLOR_GREEN),
    ]

    /// The delay after Esc during which further bytes count as one key's
    /// escape sequence.
    private static let escapeDelayMilliseconds: Int32 = 25

    /// How long the rest of an escape sequence may take to follow its Esc.
    private static let sequenceGapMilliseconds: Int32 = 15

    /// A pause this long ends a bracketed paste whose end mark never came.
    private static let pastePauseMilliseconds: Int32 = 1000

    /// Bracketed paste on (xterm's mode 2004) and off.
    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"

    /// Takes over the terminal: the locale from the environment (falling
    /// back to a UTF-8 one when it is not UTF-8, so that Cyrillic reads and
    /// shows), raw keyboard input without echo, keypad keys, a hidden
    /// cursor, and colours when the terminal has them, `allowingColors` is
    /// true and `NO_COLOR` is not set.
    ///
    /// - Throws: ``TerminalError/notATerminal`` when standard input or
    ///   output is not a terminal, ``TerminalError/alreadyActive`` when a
    ///   session is running, ``TerminalError/cannotStart(terminalType:)``
    ///   when ncurses does not know the terminal.
    public static func start(allowingColors: Bool = true) throws -> TerminalSession {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        guard ocenka_stdscr() == nil else {
            throw TerminalError.alreadyActive
        }
        let characterLocale = setUpLocale()
        installSignalHandlers()
        guard let screen = newterm(nil, ocenka_stdout(), ocenka_stdin()) else {
            restoreSignalHandlers()
            throw TerminalError.cannotStart(terminalType: environmentValue("TERM") ?? "")
        }
        registerExitHandler()
        return TerminalSession(
            screen: screen,
            characterLocale: characterLocale,
            allowingColors: allowingColors
        )
    }

    private init(screen: OpaquePointer, characterLocale: String, allowingColors: Bool) {
        self.screen = screen
        self.characterLocale = characterLocale
        let window = ocenka_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        _ = ocenka_set_escdelay(Self.escapeDelayMilliseconds)
        curs_set(0)
        Self.writeControl(Self.bracketedPasteOn)
        let terminalHasColors = allowingColors && has_colors()
        colorMode = ColorMode.resolve(
            terminalHasColors: terminalHasColors,
            noColor: Self.environmentValue("NO_COLOR")
        )
        if colorMode == .colors {
            start_color()
            let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
            for (color, foreground) in Self.pairColors {
                init_pair(ColorMode.colorPair(for: color), Int16(foreground), background)
            }
        }
        colorCount = has_colors() ? max(0, Int(tigetnum("colors"))) : 0
    }

    deinit {
        stop()
    }

    /// The terminal's size now; it changes after a ``Key/resize`` key.
    public var size: ScreenSize {
        ScreenSize(rows: Int(ocenka_lines()), columns: Int(ocenka_cols()))
    }

    /// A blank buffer of the terminal's size, to draw the next frame into.
    public func makeBuffer() -> ScreenBuffer {
        ScreenBuffer(size: size)
    }

    /// Shows `buffer`, sending only the cells that differ from the frame
    /// drawn before; the whole screen is drawn again for the first frame,
    /// after a resize, when the buffer's size changed, and after
    /// ``invalidate()``.
    ///
    /// - Parameter cursor: where to show the cursor (in a text field), or
    ///   `nil` to hide it.
    public func draw(_ buffer: ScreenBuffer, cursor: ScreenPosition? = nil) {
        guard !isStopped else {
            return
        }
        let window = ocenka_stdscr()
        let runs: [CellRun]
        if let previousFrame, !needsFullRedraw, previousFrame.size == buffer.size {
            runs = buffer.diff(from: previousFrame)
        } else {
            werase(window)
            if needsFullRedraw {
                clearok(window, true)
            }
            runs = buffer.runs()
        }
        for run in runs {
            var column = run.column
            for cell in run.cells {
                if !cell.isContinuation {
                    put(cell, row: run.row, column: column, window: window)
                }
                column += 1
            }
        }
        setCursor(cursor, window: window)
        wrefresh(window)
        previousFrame = buffer
        needsFullRedraw = false
    }

    /// Makes the next ``draw(_:cursor:)`` repaint the whole screen, e.g.
    /// after another program wrote over it.
    public func invalidate() {
        needsFullRedraw = true
    }

    /// Waits for the next key. Keys ncurses reports that ``Key`` does not
    /// name are skipped. After ``Key/resize`` the next frame is drawn in
    /// full at the new ``size``.
    ///
    /// - Throws: ``TerminalError/inputClosed`` when the terminal is gone.
    public func readKey() throws -> Key {
        wtimeout(ocenka_stdscr(), -1)
        return try nextKey()!
    }

    /// Waits at most `milliseconds` for the next key; `nil` when none came (the caller may look
    /// for changes made meanwhile and draw again).
    public func readKey(waitingAtMost milliseconds: Int32) throws -> Key? {
        wtimeout(ocenka_stdscr(), max(0, milliseconds))
        defer { wtimeout(ocenka_stdscr(), -1) }
        return try nextKey()
    }

    /// The next key if one is already waiting (typed ahead or pasted), without
    /// waiting for more; `nil` when there is none.
    public func pendingKey() throws -> Key? {
        wtimeout(ocenka_stdscr(), 0)
        defer { wtimeout(ocenka_stdscr(), -1) }
        return try nextKey()
    }

    /// Reads a key with the window's current timeout: `nil` when none came. An Esc followed at once
    /// by more characters is decoded here (``EscapeSequence``): a sequence terminfo did not name
    /// becomes its key or is swallowed, and a bracketed paste becomes one ``Key/paste(_:)``.
    private func nextKey() throws -> Key? {
        let delay = wgetdelay(ocenka_stdscr())
        defer { wtimeout(ocenka_stdscr(), delay) }
        while true {
            guard let (status, value) = try readRaw(timeout: delay) else {
                return nil
            }
            if status == OK && value == 0x1B {
                switch try escapeSequence() {
                case .key(let key)?:
                    return key
                case .pasteStart?:
                    return .paste(try pastedText())
                case .pasteEnd?, .unknown?:
                    continue
                case nil:
                    return .escape
                }
            }
            guard let key = Key(getWchStatus: status, value: value) else {
                continue
            }
            if key == .resize {
                needsFullRedraw = true
            }
            return key
        }
    }

    /// The input that came with the Esc just read, decoded; `nil` when nothing followed it (the Esc key).
    private func escapeSequence() throws -> EscapeSequence? {
        var body: [Character] = []
        while !EscapeSequence.isComplete(body) {
            guard let (status, value) = try readRaw(timeout: Self.sequenceGapMilliseconds) else {
                return body.isEmpty ? nil : .unknown
            }
            // Only `[` and `O` start a sequence: Esc followed at once by anything else is the Esc key
            // and then that key (a quick Esc and S must not vanish as an Alt-S).
            guard status == OK, let scalar = Unicode.Scalar(value), value != 0x1B,
                  body.isEmpty ? (scalar == "[" || scalar == "O") : EscapeSequence.canContinue(Character(scalar)) else {
                pushedBack.append((status, value))
                return body.isEmpty ? nil : .unknown
            }
            body.append(Character(scalar))
        }
        return EscapeSequence(body)
    }

    /// The text of a bracketed paste, up to its end mark (or until the input pauses for a second).
    private func pastedText() throws -> String {
        var text = ""
        while let (status, value) = try readRaw(timeout: Self.pastePauseMilliseconds) {
            if status == OK && value == 0x1B {
                if try escapeSequence() == .pasteEnd { break }
                continue
            }
            if status == KEY_CODE_YES {
                if Int32(truncatingIfNeeded: value) == KEY_ENTER { text.append("\n") }
                continue
            }
            switch value {
            case 0x0D, 0x0A: text.append("\n")
            case 0x09: text.append("\t")
            default:
                if value >= 0x20, let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            }
        }
        return text
    }

    /// One `get_wch` result with `timeout` milliseconds (negative: wait), or what was pushed back;
    /// `nil` when nothing came in time.
    private func readRaw(timeout: Int32) throws -> (Int32, UInt32)? {
        if !pushedBack.isEmpty {
            return pushedBack.removeFirst()
        }
        wtimeout(ocenka_stdscr(), timeout)
        while true {
            guard !isStopped else {
                throw TerminalError.inputClosed
            }
            var value: wint_t = 0
            errno = 0
            let status = wget_wch(ocenka_stdscr(), &value)
            if status == ERR {
                if errno == EINTR {
                    continue
                }
                if timeout >= 0 {
                    return nil
                }
                throw TerminalError.inputClosed
            }
            return (status, UInt32(truncatingIfNeeded: value))
        }
    }

    /// Gives the terminal back as it was: leaves full-screen mode, shows
    /// the cursor, restores the signal handlers the session replaced.
    /// Calling it again does nothing.
    public func stop() {
        guard !isStopped else {
            return
        }
        isStopped = true
        Self.writeControl(Self.bracketedPasteOff)
        curs_set(1)
        endwin()
        delscreen(screen)
        Self.restoreSignalHandlers()
    }

    private func put(_ cell: Cell, row: Int, column: Int, window: UnsafeMutablePointer<WINDOW>?) {
        var count = 0
        for scalar in cell.character.unicodeScalars.prefix(Int(CCHARW_MAX)) {
            wideCharacters[count] = wchar_t(truncatingIfNeeded: scalar.value)
            count += 1
        }
        wideCharacters[count] = 0
        let appearance = colorMode.appearance(of: cell.style)
        var character = cchar_t()
        setcchar(&character, wideCharacters, Self.cursesAttributes(appearance.attributes), appearance.colorPair, nil)
        mvwadd_wch(window, Int32(row), Int32(column), &character)
    }

    private func setCursor(_ cursor: ScreenPosition?, window: UnsafeMutablePointer<WINDOW>?) {
        if let cursor {
            if !isCursorVisible {
                curs_set(1)
                isCursorVisible = true
            }
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else if isCursorVisible {
            curs_set(0)
            isCursorVisible = false
        }
    }

    private static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = ocenka_attr_normal()
        if attributes.contains(.bold) {
            result |= ocenka_attr_bold()
        }
        if attributes.contains(.reverse) {
            result |= ocenka_attr_reverse()
        }
        if attributes.contains(.underline) {
            result |= ocenka_attr_underline()
        }
        if attributes.contains(.dim) {
            result |= ocenka_attr_dim()
        }
        return result
    }

    /// Sets the locale from the environment and makes sure its character
    /// set is UTF-8, trying the UTF-8 locales every glibc system has when
    /// the environment names none (or one that is not installed). Returns
    /// the `LC_CTYPE` in effect.
    private static func setUpLocale() -> String {
        setlocale(LC_ALL, "")
        if !isUTF8Locale() {
            for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
                if setlocale(LC_CTYPE, candidate) != nil, isUTF8Locale() {
                    break
                }
            }
        }
        guard let name = setlocale(LC_CTYPE, nil) else {
            return ""
        }
        return String(cString: name)
    }

    private static func isUTF8Locale() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else {
            return false
        }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Sends a control sequence to the terminal at once, outside ncurses' screen output.
    private static func writeControl(_ sequence: String) {
        fputs(sequence, ocenka_stdout())
        fflush(ocenka_stdout())
    }

    private static func environmentValue(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
