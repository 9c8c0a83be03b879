import CasebookContent

extension Site {
    /// Up to four other cases from the same unit or industry: both first, then same industry,
    /// then same unit; newer years first, then site order. Since `cases` is sorted newest
    /// year first and both member lists are in site order, one merge of the two lists finds them.
    package func relatedCases(of index: Int, limit: Int = 4) -> [Int] {
        let entry = cases[index]
        let unit = casesByUnit[entry.unit.id] ?? []
        let industry = taxonomy(.industries)?.terms.first { $0.label == entry.industry }?.members ?? []
        var both: [Int] = [], sameIndustry: [Int] = [], sameUnit: [Int] = []
        var u = 0, i = 0
        while (u < unit.count || i < industry.count) && both.count < limit {
            let next = min(u < unit.count ? unit[u] : .max, i < industry.count ? industry[i] : .max)
            let inUnit = u < unit.count && unit[u] == next, inIndustry = i < industry.count && industry[i] == next
            if inUnit { u += 1 }
            if inIndustry { i += 1 }
            guard next != index else { continue }
            if inUnit && inIndustry {
                both.append(next)
            } else if inIndustry {
                if sameIndustry.count < limit { sameIndustry.append(next) }
            } else if sameUnit.count < limit {
                sameUnit.append(next)
            }
        }
        return Array((both + sameIndustry + sameUnit).prefix(limit))
    }
}
