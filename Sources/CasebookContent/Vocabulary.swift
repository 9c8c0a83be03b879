import Foundation

/// A closed set of domain values that content may name by English key or Chinese label.
public protocol Vocabulary: CaseIterable, Sendable, Hashable, Comparable, RawRepresentable where RawValue == String {
    /// The Chinese label shown in the `zh-CN` interface.
    var chinese: String { get }
    /// The English label shown in the `en` interface.
    var english: String { get }
    /// Other spellings accepted in content (besides the key and the labels).
    var aliases: [String] { get }
    /// The segment used in output paths (`self_grading` → `self-grading`).
    var pathSegment: String { get }
}

extension Vocabulary {
    /// No other spellings unless a vocabulary lists some.
    public var aliases: [String] { [] }

    /// The key with `_` written as `-`.
    public var pathSegment: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Official order: the order of declaration.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let all = Array(allCases)
        return all.firstIndex(of: lhs)! < all.firstIndex(of: rhs)!
    }

    /// Accepts the key, either label or an alias, ignoring surrounding spaces and letter case.
    public init?(naming text: String) {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard
            let match = Self.allCases.first(where: { term in
                ([term.rawValue, term.chinese, term.english] + term.aliases).contains { $0.lowercased() == wanted }
            })
        else { return nil }
        self = match
    }

    /// "key (中文)" for every value, for hints.
    public static var acceptedList: String {
        allCases.map { "\($0.rawValue) (\($0.chinese))" }.joined(separator: ", ")
    }

    /// The label in the given interface language.
    public func label(_ language: UILanguage) -> String { language == .english ? english : chinese }
}

/// The interface language of a site (`language:` in site.yaml).
public enum UILanguage: String, Sendable, Codable {
    case chinese = "zh-CN"
    case english = "en"
}

/// The three kinds of enterprise a typical case may come from.
public enum EnterpriseType: String, Vocabulary, Codable {
    case networkedIndustrial = "networked_industrial"
    case platform
    case identifierResolution = "identifier_resolution"

    /// The kind's name as official lists write it.
    public var chinese: String {
        switch self {
        case .networkedIndustrial: "联网工业企业"
        case .platform: "工业互联网平台企业"
        case .identifierResolution: "工业互联网标识解析企业"
        }
    }

    /// The kind's name in the `en` interface.
    public var english: String {
        switch self {
        case .networkedIndustrial: "Networked industrial enterprise"
        case .platform: "Industrial Internet platform enterprise"
        case .identifierResolution: "Identifier resolution enterprise"
        }
    }

    /// The shorter names authors often write.
    public var aliases: [String] {
        switch self {
        case .networkedIndustrial: ["应用工业互联网的工业企业", "工业企业"]
        case .platform: ["平台企业"]
        case .identifierResolution: ["标识解析企业"]
        }
    }
}

/// Steps of the classification-and-grading management cycle.
public enum ManagementStep: String, Vocabulary, Codable {
    case selfGrading = "self_grading"
    case gradingReview = "grading_review"
    case gradedProtection = "graded_protection"
    case conformityAssessment = "conformity_assessment"
    case remediation

    /// The step's name as the management rules write it.
    public var chinese: String {
        switch self {
        case .selfGrading: "自主定级"
        case .gradingReview: "定级核查"
        case .gradedProtection: "分级防护"
        case .conformityAssessment: "符合性评测"
        case .remediation: "安全整改"
        }
    }

    /// The step's name in the `en` interface.
    public var english: String {
        switch self {
        case .selfGrading: "Self-grading"
        case .gradingReview: "Grading review"
        case .gradedProtection: "Graded protection"
        case .conformityAssessment: "Conformity assessment"
        case .remediation: "Remediation"
        }
    }
}

/// An enterprise's security grade; 三级 is the highest.
public enum Grade: String, Vocabulary, Codable {
    case level1 = "1"
    case level2 = "2"
    case level3 = "3"

    /// 一级, 二级 or 三级.
    public var chinese: String {
        switch self {
        case .level1: "一级"
        case .level2: "二级"
        case .level3: "三级"
        }
    }

    /// `Level 1` to `Level 3`.
    public var english: String { "Level \(rawValue)" }

    /// The bare numeral and `level N`, as authors write them.
    public var aliases: [String] {
        switch self {
        case .level1: ["一", "level 1", "level1"]
        case .level2: ["二", "level 2", "level2"]
        case .level3: ["三", "level 3", "level3"]
        }
    }

    /// `level-1` to `level-3` in output paths.
    public var pathSegment: String { "level-\(rawValue)" }
}

/// The categories in which a region can be named outstanding.
public enum Award: String, Vocabulary, Codable {
    case overall
    case classificationGrading = "classification_grading"
    case policyStandardPromotion = "policy_standard_promotion"
    case resourcePool = "resource_pool"
    case emergencyDrill = "emergency_drill"
    case talentTraining = "talent_training"
    case competition

    /// The award's name as the official notices write it.
    public var chinese: String {
        switch self {
        case .overall: "总体成效突出地区"
        case .classificationGrading: "分类分级管理"
        case .policyStandardPromotion: "政策标准宣贯"
        case .resourcePool: "资源池建设"
        case .emergencyDrill: "应急演练"
        case .talentTraining: "人才培训"
        case .competition: "赛事活动"
        }
    }

    /// The award's name in the `en` interface.
    public var english: String {
        switch self {
        case .overall: "Overall outstanding region"
        case .classificationGrading: "Classification and grading"
        case .policyStandardPromotion: "Policy and standard promotion"
        case .resourcePool: "Resource pool"
        case .emergencyDrill: "Emergency drills"
        case .talentTraining: "Talent training"
        case .competition: "Competitions"
        }
    }

    /// Short forms authors often write.
    public var aliases: [String] {
        switch self {
        case .overall: ["总体", "总体成效突出"]
        default: []
        }
    }
}

/// Where a case stands in the selection.
public enum CaseStatus: String, Vocabulary, Codable {
    case recommended
    case publicity
    case selected

    /// The stage's name as the selection's notices write it.
    public var chinese: String {
        switch self {
        case .recommended: "推荐"
        case .publicity: "公示"
        case .selected: "入选"
        }
    }

    /// The stage's name in the `en` interface.
    public var english: String {
        switch self {
        case .recommended: "Recommended"
        case .publicity: "Under public notice"
        case .selected: "Selected"
        }
    }
}
