/// The program's version, printed by `ocenka --version`.
enum OcenkaVersion {
    static let current = "0.1.0"
}
