import Testing

@testable import Casebook
@testable import CasebookMarkdown

/// cmark-gfm 0.29 mutates global tables while parsing; concurrent renders must match serial ones exactly.
@Suite("Markdown concurrency")
struct MarkdownConcurrencyTests {
    private static func document(_ index: Int) -> String {
        let words = ["案例背景", "主要做法", "取得成效", "Security", "推广价值", "分级防护"]
        let word = words[index % words.count]
        return """
            ## \(word) \(index)

            本企业**高度重视，**并且~~删除~~ *\(word)。*后文
            第二行中文 https://example.cn/\(index) [链接](../\(index).md)

            | 列 | \(index) |
            |---|---|
            | a | b |

            - [x] \(word)\(index % 7 == 0 ? "\n\n<b>raw</b>" : "")

            注[^\(index)]

            [^\(index)]: 见 <https://\(index).cn>
            """
    }

    @Test func concurrentRendersMatchSerialRenders() async {
        let sources = (0..<200).map(Self.document)
        let renderer = MarkdownRenderer()
        let rewrite: @Sendable (String) -> String = { "r/" + $0 }
        let serial = sources.map { renderer.render($0, rewrite: rewrite) }
        let concurrent = await withTaskGroup(of: (Int, MarkdownDocument).self) { group in
            for round in 0..<4 {
                for (index, source) in sources.enumerated() {
                    group.addTask { (index + round * sources.count, renderer.render(source, rewrite: rewrite)) }
                }
            }
            var results: [Int: MarkdownDocument] = [:]
            for await (index, document) in group { results[index] = document }
            return results
        }
        #expect(concurrent.count == sources.count * 4)
        for (index, document) in concurrent {
            #expect(document == serial[index % sources.count], "document \(index % sources.count)")
        }
    }
}
