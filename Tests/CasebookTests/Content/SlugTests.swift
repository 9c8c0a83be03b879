import Testing

@testable import Casebook
@testable import CasebookSupport

@Suite("Slugs and paths")
struct SlugTests {
    @Test("Chinese terms become pinyin ASCII slugs")
    func pinyin() {
        #expect(Slug.make("资产测绘") == "zi-chan-ce-hui")
        #expect(Slug.make("OPC UA") == "opc-ua")
        #expect(Slug.make("石油化工") == "shi-you-hua-gong")
        #expect(Slug.make("ＡＢＣ１２") == "abc12")
        #expect(Slug.make("！！") == "")
    }

    @Test("slug validity")
    func validity() {
        #expect(Slug.isValid("hunan-chemical-2022"))
        #expect(!Slug.isValid("Hunan"))
        #expect(!Slug.isValid("湖南"))
        #expect(!Slug.isValid("-a"))
        #expect(!Slug.isValid(""))
    }

    @Test("relative path arithmetic")
    func paths() {
        #expect(Paths.join("content/cases/2022", "../../media/a.png") == "content/media/a.png")
        #expect(Paths.join("content", "../../x") == nil)
        #expect(Paths.stem(of: "content/cases/a-b.md") == "a-b")
        #expect(Paths.fileExtension(of: "a/b.JSON") == "json")
    }
}
