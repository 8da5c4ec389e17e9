import CNcursesw

extension Key {
    /// The key that `get_wch` reported, or `nil` for a key code this type
    /// does not name (and for `ERR`).
    ///
    /// - Parameters:
    ///   - status: what `get_wch` returned: `OK` for a character,
    ///     `KEY_CODE_YES` for a key code.
    ///   - value: what it stored: the character's code point, or the
    ///     `KEY_*` code.
    public init?(getWchStatus status: Int32, value: UInt32) {
        switch status {
        case OK:
            guard let key = Key(characterCode: value) else {
                return nil
            }
            self = key
        case KEY_CODE_YES:
            guard let key = Key(keyCode: Int32(truncatingIfNeeded: value)) else {
                return nil
            }
            self = key
        default:
            return nil
        }
    }

    /// The highest function key number that ncurses reports (`KEY_F(63)`).
    private static let highestFunctionKey: Int32 = 63

    private init?(characterCode code: UInt32) {
        switch code {
        case 0x0A, 0x0D:
            self = .enter
        case 0x09:
            self = .tab
        case 0x08, 0x7F:
            self = .backspace
        case 0x1B:
            self = .escape
        case 0x00:
            self = .control("@")
        case 0x01...0x1A:
            self = .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0x1C...0x1F:
            self = .control(Character(Unicode.Scalar(UInt8(code) + 0x40)))
        default:
            guard let scalar = Unicode.Scalar(code), !(0x80...0x9F).contains(code) else {
                return nil
            }
            self = .character(Character(scalar))
        }
    }

    private init?(keyCode code: Int32) {
        switch code {
        case KEY_UP: self = .up
        case KEY_DOWN: self = .down
        case KEY_LEFT: self = .left
        case KEY_RIGHT: self = .right
        case KEY_HOME: self = .home
        case KEY_END: self = .end
        case KEY_PPAGE: self = .pageUp
        case KEY_NPAGE: self = .pageDown
        case KEY_ENTER: self = .enter
        case KEY_BTAB: self = .backTab
        case KEY_BACKSPACE: self = .backspace
        case KEY_DC: self = .delete
        case KEY_RESIZE: self = .resize
        case (KEY_F0 + 1)...(KEY_F0 + Key.highestFunctionKey):
            self = .function(Int(code - KEY_F0))
        default:
            return nil
        }
    }
}
