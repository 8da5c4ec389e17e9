import Foundation

/// A short reason for a failed file operation, without Foundation's long error dumps.
enum FileErrorText {
    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "няма такъв файл / no such file"
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "няма права / permission denied"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}
