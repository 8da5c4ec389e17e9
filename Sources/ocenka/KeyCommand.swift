import ArgumentParser
import EvaluationCore
import Foundation
import Workspace

/// `ocenka key new|list`: the signing keys kept on this machine (outside every workspace).
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Ключовете за подпис на тази машина. / The signing keys on this machine.",
        subcommands: [New.self, List.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Създава двойка ключове Ed25519 и извежда публичния ключ. / Makes an Ed25519 key pair and prints the public key.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "Бележка към ключа, напр. името ви. / A label for the key, e.g. your name.")
        var label: String = ""

        func run() throws {
            let store = KeyStore.standard
            let key = MemberKey()
            let file = try Run.workspace(global.language) { () throws(WorkspaceError) in try store.save(key, label: label) }
            Console.out(key.publicKeyText)
            Console.error(LocalizedText(bg: "Личният ключ е записан в \(file.path) (само за вас); дайте на председателя публичния ключ по-горе (отпечатък \(key.fingerprint)).", en: "The private key is kept in \(file.path) (yours only); give the chair the public key above (fingerprint \(key.fingerprint)).").text(in: global.language))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Изброява ключовете на тази машина. / Lists the keys on this machine.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = KeyStore.standard
            let keys = store.all()
            if keys.isEmpty {
                Console.out(LocalizedText(bg: "В \(store.folder.path) няма ключове.", en: "There are no keys in \(store.folder.path).").text(in: global.language))
            }
            for (key, label) in keys {
                Console.out("\(key.fingerprint)  \(key.publicKeyText)  \(label)")
            }
        }
    }

    /// Says where the key made for `member` is kept, and what that means.
    static func reportMadeKey(_ file: URL, for member: String, language: Language) {
        Console.error(LocalizedText(bg: "Ключът за подпис на \(member) е създаден на тази машина (\(file.path)): от името на \(member) може да се пише само оттук. За собствен ключ членът изпълнява ocenka key new, а председателят — ocenka committee key \(member) --key …", en: "\(member)'s signing key was made on this machine (\(file.path)): only this machine can write on \(member)'s behalf. For a key of their own the member runs ocenka key new and the chair ocenka committee key \(member) --key …").text(in: language))
    }
}
