/// What a program loop needs of a terminal: its size, a frame drawn, keys read. ``TerminalSession``
/// is the real one; tests drive a program loop with a scripted one.
public protocol TerminalDevice: AnyObject {
    var size: ScreenSize { get }
    func draw(_ buffer: ScreenBuffer, cursor: ScreenPosition?)
    /// Waits for the next key.
    func readKey() throws -> Key
    /// Waits at most `milliseconds` for a key; `nil` when none came.
    func readKey(waitingAtMost milliseconds: Int32) throws -> Key?
    /// A key that is already waiting, or `nil`, without waiting.
    func pendingKey() throws -> Key?
}

extension TerminalSession: TerminalDevice {}
