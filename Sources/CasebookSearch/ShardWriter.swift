import CasebookSupport

/// Which shard holds a token: a 32-bit FNV-1a over Unicode scalar values, the same as `shardHash` in
/// search.js. CJK tokens hash whole; words hash their first two scalars, so every word that starts
/// with the same two letters lands in one shard and a prefix query reads a single file.
enum ShardHash {
    static func of(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for scalar in text.unicodeScalars { hash = (hash ^ scalar.value) &* 16_777_619 }
        return hash
    }

    /// The hash that places `token` in a shard.
    static func placing(_ token: String) -> UInt32 {
        guard let first = token.unicodeScalars.first, !SearchKey.isCJK(first.value) else { return of(token) }
        return of(String(token.unicodeScalars.prefix(2)))
    }
}

/// Groups tokens into shard files by `ShardHash`.
enum ShardWriter {
    static let maxShards = 4096

    /// The text of every shard file: `casebookSearch.t(id,{"token":"postings",…})`, tokens sorted;
    /// `call` names the function (`t` for the base's shards, `x` for the delta's).
    static func shards(_ tokens: [PostingsBuilder.Token], count: Int, call: String = "t") -> [[UInt8]] {
        var members = Array(repeating: [Int](), count: count)
        for (index, token) in tokens.enumerated() {
            members[Int(ShardHash.placing(token.text) % UInt32(count))].append(index)
        }
        return Array(members.enumerated()).parallelMap { shard, indices in
            let sorted = indices.sorted { tokens[$0].text.utf8.lexicographicallyPrecedes(tokens[$1].text.utf8) }
            var out = Array("casebookSearch.\(call)(\(shard),{".utf8)
            for (position, index) in sorted.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                out += Array(JSLiteral.string(tokens[index].text).utf8)
                out.append(UInt8(ascii: ":"))
                out.append(UInt8(ascii: "\""))
                out += tokens[index].postings
                out.append(UInt8(ascii: "\""))
            }
            out += Array("});\n".utf8)
            return out
        }
    }
}
