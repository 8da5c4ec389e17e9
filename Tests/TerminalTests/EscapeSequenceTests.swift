import Terminal
import Testing

@Suite("Escape sequences terminfo does not name")
struct EscapeSequenceTests {
    @Test("xterm and tmux sequences decode to their keys", arguments: [
        ("[4~", Key.end), ("[1~", .home), ("[7~", .home), ("[8~", .end), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
        ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left), ("[H", .home), ("[F", .end), ("[Z", .backTab),
        ("OH", .home), ("OF", .end), ("OA", .up), ("OP", .function(1)), ("[15~", .function(5)), ("[1;5A", .up), ("[4;2~", .end),
    ])
    func known(body: String, key: Key) {
        #expect(EscapeSequence.isComplete(Array(body)))
        #expect(EscapeSequence(Array(body)) == .key(key))
    }

    @Test("Bracketed paste marks and unknown sequences are never a key, least of all Esc")
    func unknown() {
        #expect(EscapeSequence(Array("[200~")) == .pasteStart)
        #expect(EscapeSequence(Array("[201~")) == .pasteEnd)
        for body in ["[2~", "[99~", "[?1;2c", "Ox", "[>0;1;2c", "[10;20R"] {
            #expect(EscapeSequence(Array(body)) == .unknown, "\(body)")
        }
    }

    @Test("A sequence is complete at its final character")
    func completeness() {
        #expect(!EscapeSequence.isComplete([]))
        #expect(!EscapeSequence.isComplete(Array("[")))
        #expect(!EscapeSequence.isComplete(Array("[20")))
        #expect(!EscapeSequence.isComplete(Array("[200")))
        #expect(EscapeSequence.isComplete(Array("[200~")))
        #expect(!EscapeSequence.isComplete(Array("O")))
        #expect(EscapeSequence.isComplete(Array("OF")))
        #expect(!EscapeSequence.canContinue("\u{7F}"))
        #expect(EscapeSequence.canContinue(";"))
    }
}
