import Testing

@testable import Casebook
@testable import CasebookContent

@Suite("Tile map")
struct TileMapTests {
    @Test("every one of the 37 units has its own cell, inside the grid the stylesheet places")
    func layoutCoversEveryUnit() {
        let layout = TileLayout.official
        let units = UnitTable.official.units
        #expect(units.count == 37)
        for unit in units { #expect(layout.positions[unit.id] != nil, "\(unit.id) has no tile") }
        #expect(Set(layout.positions.values).count == 37, "two units share a cell")
        #expect(layout.columns <= 12 && layout.rows <= 12, "style.css defines tile-col-1…12 and tile-row-1…12")
    }

    @Test("the cities with independent planning status and the corps sit next to their provinces")
    func citiesNearTheirProvinces() {
        let positions = TileLayout.official.positions
        for (city, province) in [
            ("dalian", "liaoning"), ("qingdao", "shandong"), ("ningbo", "zhejiang"), ("xiamen", "fujian"),
            ("shenzhen", "guangdong"), ("xjbt", "xinjiang"),
        ] {
            let a = positions[city]!, b = positions[province]!
            #expect(max(abs(a.column - b.column), abs(a.row - b.row)) == 1, "\(city) is not beside \(province)")
        }
    }

    @Test("shades: zero apart, then up to four steps, the busiest unit always darkest")
    func steps() {
        #expect(TileMap.steps(forMaximum: 0).map(\.level) == [0])
        #expect(TileMap.steps(forMaximum: 1).map(\.level) == [0, 4])
        #expect(TileMap.steps(forMaximum: 3).map { [$0.lower, $0.upper, $0.level] } == [[0, 0, 0], [1, 1, 1], [2, 2, 3], [3, 3, 4]])
        #expect(TileMap.steps(forMaximum: 10).map { [$0.lower, $0.upper] } == [[0, 0], [1, 3], [4, 5], [6, 8], [9, 10]])
        for maximum in 1...60 {
            let steps = TileMap.steps(forMaximum: maximum)
            #expect(steps.last?.upper == maximum && steps.last?.level == TileMap.maximumLevel)
            for (a, b) in zip(steps, steps.dropFirst()) { #expect(b.lower == a.upper + 1 && b.level > a.level) }
        }
    }

    @Test("the home and regions pages link every tile to its unit page, with its counts as text")
    func tilesOnPages() throws {
        for page in ["index.html", "regions/index.html"] {
            let html = try #require(SampleSiteTests.output[page])
            let root = page == "index.html" ? "" : "../"
            for unit in UnitTable.official.units {
                #expect(html.contains("<a href=\"\(root)regions/\(unit.id)/\"><span class=\"tile-name\">\(unit.short)</span>"), "\(page): \(unit.id)")
            }
            #expect(html.contains("<ol class=\"tile-map tile-map-9x8\" aria-describedby=\"tile-map-help\">"))
            #expect(html.contains("tile-badge"))
        }
    }
}
