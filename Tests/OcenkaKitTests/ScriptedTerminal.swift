import Terminal

/// A terminal for the program loop without one: keys come from a script, one burst per read, and
/// every frame drawn is kept. When the script ends it sends Ctrl-C.
final class ScriptedTerminal: TerminalDevice {
    enum Step {
        /// Keys that arrive together.
        case keys([Key])
        /// No key for the program's pause (the chair's screens then look at the workspace).
        case pause
        /// The window takes this size (the program reads a resize key).
        case resize(ScreenSize)
        /// Something that happens outside the program before the next read (another process writes).
        case meanwhile(() -> Void)
    }

    private(set) var size: ScreenSize
    private var steps: [Step]
    private var waiting: [Key] = []
    private(set) var frames: [ScreenBuffer] = []

    init(size: ScreenSize = ScreenSize(rows: 24, columns: 80), _ steps: [Step]) {
        self.size = size
        self.steps = steps
    }

    /// Each key of `text` as a burst of its own: typed, not pasted.
    static func typed(_ text: String) -> [Step] {
        text.map { .keys([.character($0)]) }
    }

    var lastFrame: String {
        frames.last?.lines.joined(separator: "\n") ?? ""
    }

    func draw(_ buffer: ScreenBuffer, cursor: ScreenPosition?) {
        frames.append(buffer)
    }

    func readKey() throws -> Key {
        while true {
            if let key = try readKey(waitingAtMost: 0) { return key }
        }
    }

    func readKey(waitingAtMost milliseconds: Int32) throws -> Key? {
        guard !steps.isEmpty else { return .control("c") }
        switch steps.removeFirst() {
        case .keys(let keys):
            waiting = Array(keys.dropFirst())
            return keys.first
        case .pause:
            return nil
        case .resize(let size):
            self.size = size
            return .resize
        case .meanwhile(let action):
            action()
            return try readKey(waitingAtMost: milliseconds)
        }
    }

    func pendingKey() throws -> Key? {
        waiting.isEmpty ? nil : waiting.removeFirst()
    }
}
