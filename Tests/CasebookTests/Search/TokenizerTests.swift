import Testing

@testable import Casebook
@testable import CasebookSearch

/// Collects tokens as text, in order, for comparisons.
struct TokenList: TokenSink {
    var tokens: [String] = []
    mutating func cjk(_ key: UInt64) { tokens.append(SearchKey.text(of: key)) }
    mutating func word(_ word: String) { tokens.append(word) }
}

func tokens(_ text: String, html: Bool = false) -> [String] {
    var tokenizer = SearchTokenizer()
    var list = TokenList()
    tokenizer.scan(text, html: html, into: &list)
    return list.tokens
}

@Suite("Search tokenizer")
struct TokenizerTests {
    @Test("CJK runs give every character and every bigram")
    func cjkBigrams() {
        #expect(tokens("湘江明德") == ["湘", "江", "湘江", "明", "江明", "德", "明德"])
        #expect(tokens("蜜") == ["蜜"])
    }

    @Test("punctuation, spaces and Latin letters end a CJK run")
    func runsEnd() {
        #expect(tokens("安全，生产") == ["安", "全", "安全", "生", "产", "生产"])
        #expect(tokens("基于OPC UA的") == ["基", "于", "基于", "opc", "ua", "的"])
    }

    @Test("NFKC folds full-width Latin and digits to lower-case ASCII")
    func fullWidth() {
        #expect(tokens("ＯＰＣ　ＵＡ") == ["opc", "ua"])
        #expect(tokens("２０２３年") == ["2023", "年"])
        #expect(tokens("Modbus TCP") == ["modbus", "tcp"])
    }

    @Test("other compatibility forms and combining marks normalise like String.normalize('NFKC') in search.js")
    func compatibility() {
        #expect(tokens("ﬁle") == ["file"])
        #expect(tokens("Cafe\u{301}") == ["café"])
        #expect(tokens("Straße") == ["straße"])
        #expect(tokens("soft\u{AD}hyphen") == ["soft", "hyphen"])
        #expect(tokens("①") == ["1"])
    }

    @Test("words are cut to 32 scalars")
    func longWords() {
        let long = String(repeating: "a", count: 40)
        #expect(tokens(long) == [String(repeating: "a", count: 32)])
    }

    @Test("HTML: inline tags keep a run together, block tags and cells end it, entities are decoded")
    func html() {
        #expect(tokens("<p>安<strong>全</strong>生</p><p>产</p>", html: true) == ["安", "全", "安全", "生", "全生", "产"])
        #expect(tokens("<td>管</td><td>理</td>", html: true) == ["管", "理"])
        #expect(tokens("<p>R&amp;D &#x5B89;&#20840;</p>", html: true) == ["r", "d", "安", "全", "安全"])
        #expect(tokens("<a href=\"https://example.gov.cn/\">链接</a>", html: true) == ["链", "接", "链接"])
    }

    @Test("the plain text of rendered HTML separates blocks")
    func plainText() {
        #expect(HTMLText.plain("<h2 id=\"x\">背景</h2>\n<p>正<em>文</em> &lt;b&gt;</p>") == "\n背景\n\n\n正文 <b>\n")
    }

    @Test("shard hashes match search.js: FNV-1a over code points, words by their first two")
    func shardHash() {
        #expect(ShardHash.of("湘江") == 1_205_682_408)
        #expect(ShardHash.placing("opc") == ShardHash.of("op"))
        #expect(ShardHash.placing("modbus") == 1_647_190_325)
        #expect(ShardHash.placing("湘江") == ShardHash.of("湘江"))
    }
}
