import CasebookSupport
import Yams

/// The site.yaml keys that let `check` judge what content means: the campaign's years, the
/// ranked lists, the path the site is served from and the largest image worth publishing.
extension SiteConfig {
    mutating func readGuards(_ r: inout FieldReader) {
        years = Self.yearList(&r, key: "years", example: "[2022, 2023]")
        rankedYears = Set(Self.yearList(&r, key: "ranked", example: "[2023]"))
        if let path = r.string("base_path") {
            if path.hasPrefix("/"), !path.contains("//"), !path.contains(":"), !path.contains("?"), !path.contains("#") {
                basePath = path.hasSuffix("/") ? path : path + "/"
            } else {
                r.report(
                    "CB0102", Message("config.basePath"), at: "base_path", hint: Message("config.basePath.hint"))
            }
        }
        if var images = r.nested("images", known: ["max_kb"]) {
            if let kilobytes = images.int("max_kb", example: "1024", minimum: 1) { maxImageBytes = kilobytes * 1024 }
            r.absorb(images)
        }
    }

    /// A list of four-digit years under `key`, each 2000–2099.
    private static func yearList(_ r: inout FieldReader, key: String, example: String) -> [Int] {
        var years: [Int] = []
        for (text, _) in r.strings(key) {
            guard let year = Int(text), (2000...2099).contains(year) else {
                r.report(
                    "CB0102", Message("config.years", ["key": "\(key)", "value": "\(FieldReader.shorten(text))"]), at: key,
                    hint: Message("field.forExample", ["key": "\(key)", "example": "\(example)"]))
                continue
            }
            years.append(year)
        }
        return years.sorted()
    }

    /// Whether the overall-award list of `year` is declared ranked, so its ranks are shown.
    public func isRanked(_ year: Int) -> Bool { rankedYears.contains(year) }
}
