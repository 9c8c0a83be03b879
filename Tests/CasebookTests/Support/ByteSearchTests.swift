import CasebookSupport
import Testing

@Suite("Byte search")
struct ByteSearchTests {
    @Test("finds a text at the start, in the middle, at the end and after a false start; misses what is not there")
    func finds() {
        #expect(ByteSearch.contains("【待填写：名称】", "【待填写"))
        #expect(ByteSearch.contains("前文（待填写）后文", "（待填写"))
        #expect(ByteSearch.contains("文末待补充：", "待补充："))
        #expect(ByteSearch.contains("aaab", "aab"))
        #expect(ByteSearch.contains("x", ""))
        #expect(!ByteSearch.contains("待填", "待填写"))
        #expect(!ByteSearch.contains("待补充内容", "待补充："))
        #expect(!ByteSearch.contains("", "a"))
    }
}
