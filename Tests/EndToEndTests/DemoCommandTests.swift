import Foundation
import TestSupport
import Testing

@Suite("ocenka demo, run as a user runs it")
struct DemoCommandTests {
    @Test("demo DIR --summary makes the workspace and summarises it; check finds it in order; a second run reuses it unchanged")
    func makeCheckReuse() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRun.ocenka(["demo", "komisia", "--summary"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.isEmpty)
        let text = run.standardOutput
        for needle in [
            "Демонстрационно работно пространство: ", "Създадено е сега.",
            "Процедура: Конкурсна процедура 33.24-2025 (coiduem-33.24-2025)",
            "Елена Стоянова", "председател", "оценител",
            "140 000,00 лв.", "500 000,00 лв.", "1 100 000,00 лв.",
            "Административно съответствие: допуснати 21, недопуснати 1, в процес на проверка 2",
            "недопуснати: 33.24-2025-005 (I.1)", "поискано отстраняване на нередовности: 33.24-2025-010 (II.1)",
            "Оценка на качеството: подадени листове 38, чернови 3, незапочнати 1",
            "разлика между оценителите над допустимите 20,00 т. (решение на председателя): 33.24-2025-008",
            "0 т. за целия проект по правилото за критерий: 33.24-2025-007 (2.3)",
            "под минимума от 51,00 т.: 33.24-2025-012, 33.24-2025-019",
            "ocenka check --workspace komisia", "ocenka proposals list --workspace komisia",
            "ocenka procedure show coiduem-33.24-2025",
        ] {
            #expect(text.contains(needle), "missing «\(needle)» in\n\(text)")
        }
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })

        let check = try CommandRun.ocenka(["check", "--workspace", "komisia"], in: folder)
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.contains("Работното пространство е наред"))

        let workspace = folder.appendingPathComponent("komisia")
        let before = try TestFiles.files(under: workspace)
        let again = try CommandRun.ocenka(["demo", "komisia", "--summary"], in: folder)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("Вече съществува и се използва както е, без промени."))
        #expect(again.standardOutput.contains("недопуснати: 33.24-2025-005 (I.1)"))
        #expect(try TestFiles.files(under: workspace) == before)
    }

    @Test("The default folder is ./ocenka-demo, and two runs make the same bytes")
    func defaultFolderAndSameBytes() throws {
        let first = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: first) }
        let second = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: second) }
        let one = try CommandRun.ocenka(["demo", "--summary"], in: first)
        #expect(one.status == 0, "\(one.standardError)")
        #expect(one.standardOutput.contains("ocenka check --workspace ocenka-demo"))
        let two = try CommandRun.ocenka(["demo", "другата папка", "--summary"], in: second)
        #expect(two.status == 0, "\(two.standardError)")
        #expect(two.standardOutput.contains("ocenka check --workspace 'другата папка'"))
        let a = try TestFiles.files(under: first.appendingPathComponent("ocenka-demo"))
        let b = try TestFiles.files(under: second.appendingPathComponent("другата папка"))
        #expect(a.count > 60)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a == b)
    }

    @Test("In English with --lang en")
    func english() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRun.ocenka(["demo", "demo", "--summary", "--lang", "en"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        for needle in ["Demo workspace: ", "Made just now.", "Committee", "chair", "evaluator", "Proposals per priority",
                       "140000.00 BGN", "Administrative compliance: 21 admitted, 1 not admitted, 2 being checked",
                       "below the floor of 51.00 pts: 33.24-2025-012, 33.24-2025-019", "Try:"] {
            #expect(run.standardOutput.contains(needle), "missing «\(needle)» in\n\(run.standardOutput)")
        }
    }

    @Test("A folder that is neither empty nor a workspace is refused with exit 1 and left as it was")
    func refusesAForeignFolder() throws {
        let folder = try CommandRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let papers = folder.appendingPathComponent("papers", isDirectory: true)
        try FileManager.default.createDirectory(at: papers, withIntermediateDirectories: true)
        try Data("протокол".utf8).write(to: papers.appendingPathComponent("protocol.txt"))
        let run = try CommandRun.ocenka(["demo", "papers", "--summary"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.contains("papers: папката не е празна и не е работно пространство на ocenka (няма workspace.json)"),
                "\(run.standardError)")
        #expect(run.standardError.contains("демонстрацията се създава в нова или празна папка"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: papers.path) == ["protocol.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["papers"])
    }
}
