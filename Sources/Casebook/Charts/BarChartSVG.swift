import CasebookSupport

/// Draws a `Chart` as an inline SVG of horizontal bars, at build time, with no script: labels on
/// the left, bars scaled to the largest value, the value at the end of each bar. Every number is
/// written with a fixed format so the same chart always gives the same bytes. The drawing is
/// narrow (300 units) with large type (15 units): scaled down to a 320 px phone's card (about 260
/// px) its text is still 13 px, and the stylesheet keeps it from growing past 20rem on wide screens.
enum BarChartSVG {
    static let width = 300
    static let rowHeight = 28
    static let barHeight = 16
    static let padding = 6
    static let fontSize = 15
    /// Widest label column; longer labels are shortened with "…" (the table has them in full).
    static let labelLimit = 120
    /// Room kept right of the longest bar for its value.
    static let valueRoom = 40

    /// The `<svg role="img">` element, named by its `<title>` and described by its `<desc>`.
    static func render(_ chart: Chart) -> String {
        let titleID = "chart-\(chart.id)-title", descID = "chart-\(chart.id)-desc"
        let labels = chart.bars.map { fit($0.shortLabel, width: labelLimit) }
        let labelWidth = min(labelLimit, labels.map(textWidth).max() ?? 0)
        let barStart = labelWidth + 8
        let barSpace = width - barStart - valueRoom
        let maximum = max(1, chart.bars.map(\.value).max() ?? 0)
        let height = padding * 2 + rowHeight * chart.bars.count
        var svg = """
            <svg class="chart-svg" role="img" aria-labelledby="\(titleID) \(descID)" viewBox="0 0 \(width) \(height)" \
            width="\(width)" height="\(height)" xmlns="http://www.w3.org/2000/svg">
            <title id="\(titleID)">\(XMLText.escape(chart.title))</title>
            <desc id="\(descID)">\(XMLText.escape(chart.summary))</desc>

            """
        for (index, bar) in chart.bars.enumerated() {
            let top = padding + rowHeight * index
            let middle = Double(top) + Double(rowHeight) / 2
            let length = Double(barSpace) * Double(bar.value) / Double(maximum)
            svg += "<g class=\"chart-row\">"
            svg +=
                "<text class=\"chart-label\" x=\"\(labelWidth)\" y=\"\(number(middle))\" dy=\"0.35em\" text-anchor=\"end\">\(XMLText.escape(labels[index]))</text>"
            if bar.value > 0 {
                svg +=
                    "<rect class=\"chart-bar\" x=\"\(barStart)\" y=\"\(number(middle - Double(barHeight) / 2))\" width=\"\(number(max(length, 2)))\" height=\"\(barHeight)\" rx=\"2\"/>"
            }
            svg += "<text class=\"chart-value\" x=\"\(number(Double(barStart) + length + 6))\" y=\"\(number(middle))\" dy=\"0.35em\">\(bar.value)</text>"
            svg += "</g>\n"
        }
        svg += "<line class=\"chart-axis\" x1=\"\(barStart)\" y1=\"\(padding)\" x2=\"\(barStart)\" y2=\"\(height - padding)\"/>\n</svg>"
        return svg
    }

    /// At most one decimal, no trailing `.0`, no exponent: `12`, `12.5`, `-0.5`.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// Estimated width in pixels at `fontSize`: full width for CJK and other wide characters,
    /// about 0.55 em for ASCII. Fonts differ; the estimate only needs to be close and the same everywhere.
    static func textWidth(_ text: String) -> Int {
        var hundredths = 0
        for scalar in text.unicodeScalars {
            hundredths += scalar.isASCII ? (scalar == " " ? 30 : 55) : 100
        }
        return (hundredths * fontSize + 99) / 100
    }

    /// `text` cut to fit `width`, ending in "…" when cut.
    static func fit(_ text: String, width: Int) -> String {
        guard textWidth(text) > width else { return text }
        var cut = ""
        for character in text {
            if textWidth(cut + String(character) + "…") > width { break }
            cut.append(character)
        }
        return cut + "…"
    }
}
