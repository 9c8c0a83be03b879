#!/usr/bin/env python3
"""Deterministic benchmark corpus for Casebook (and the same content laid out for Hugo).

    python3 bench/gen_corpus.py --cases 10000 --regions 220 --out DIR [--hugo HUGO_DIR] [--seed 1]

DIR receives a complete Casebook site: site.yaml, content/cases/<year>/<slug>.md (3–6 KB of Chinese
Markdown each, front matter as in SPEC §2.2), content/regions/<year>-<unit>.md (one per unit and year,
participating_enterprises large enough that the 20 % quota rule holds for the generated case counts),
content/pages/*.md and a few cover images in content/media/.

HUGO_DIR receives the same records for Hugo 0.111: the site skeleton and theme from bench/hugo/, YAML front
matter with the taxonomies units / industries / types / tags, the identical Markdown bodies.

Same arguments → byte-identical files: every random choice comes from random.Random seeded with a string
(SHA-512 based, stable across Python versions), nothing depends on the clock, the file system order or hash
order. Existing files under content/ of the target folders are removed first, so no stale file survives.
"""

import argparse
import os
import random
import shutil
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------------------
# Fixed vocabularies (SPEC §1)

UNITS = [  # id, code, full name, short name, weight (rough size of the local industry, for the spread)
    ("beijing", "110000", "北京市", "北京", 4), ("tianjin", "120000", "天津市", "天津", 3),
    ("hebei", "130000", "河北省", "河北", 4), ("shanxi", "140000", "山西省", "山西", 3),
    ("neimenggu", "150000", "内蒙古自治区", "内蒙古", 2), ("liaoning", "210000", "辽宁省", "辽宁", 3),
    ("jilin", "220000", "吉林省", "吉林", 2), ("heilongjiang", "230000", "黑龙江省", "黑龙江", 2),
    ("shanghai", "310000", "上海市", "上海", 5), ("jiangsu", "320000", "江苏省", "江苏", 7),
    ("zhejiang", "330000", "浙江省", "浙江", 6), ("anhui", "340000", "安徽省", "安徽", 4),
    ("fujian", "350000", "福建省", "福建", 4), ("jiangxi", "360000", "江西省", "江西", 3),
    ("shandong", "370000", "山东省", "山东", 6), ("henan", "410000", "河南省", "河南", 5),
    ("hubei", "420000", "湖北省", "湖北", 4), ("hunan", "430000", "湖南省", "湖南", 4),
    ("guangdong", "440000", "广东省", "广东", 7), ("guangxi", "450000", "广西壮族自治区", "广西", 3),
    ("hainan", "460000", "海南省", "海南", 1), ("chongqing", "500000", "重庆市", "重庆", 3),
    ("sichuan", "510000", "四川省", "四川", 4), ("guizhou", "520000", "贵州省", "贵州", 2),
    ("yunnan", "530000", "云南省", "云南", 2), ("xizang", "540000", "西藏自治区", "西藏", 1),
    ("shaanxi", "610000", "陕西省", "陕西", 3), ("gansu", "620000", "甘肃省", "甘肃", 2),
    ("qinghai", "630000", "青海省", "青海", 1), ("ningxia", "640000", "宁夏回族自治区", "宁夏", 1),
    ("xinjiang", "650000", "新疆维吾尔自治区", "新疆", 2), ("dalian", "210200", "大连市", "大连", 2),
    ("qingdao", "370200", "青岛市", "青岛", 2), ("ningbo", "330200", "宁波市", "宁波", 2),
    ("xiamen", "350200", "厦门市", "厦门", 2), ("shenzhen", "440300", "深圳市", "深圳", 3),
    ("xjbt", None, "新疆生产建设兵团", "兵团", 1),
]
UNIT_BY_ID = {u[0]: u for u in UNITS}
YEARS = list(range(2019, 2025))
CITIES = {"dalian", "qingdao", "ningbo", "xiamen", "shenzhen"}
MUNICIPALITIES = {"beijing", "tianjin", "shanghai", "chongqing"}

# (Chinese name, GB/T 4754-2017 code, ASCII slug word, word used in enterprise names)
INDUSTRIES = [
    ("石油化工", "C25", "petrochem", "石化"), ("化学原料和化学制品制造", "C26", "chemical", "化工"),
    ("医药制造", "C27", "pharma", "制药"), ("黑色金属冶炼和压延加工", "C31", "steel", "钢铁"),
    ("有色金属冶炼和压延加工", "C32", "nonferrous", "有色金属"), ("汽车制造", "C36", "auto", "汽车"),
    ("铁路、船舶、航空航天和其他运输设备制造", "C37", "transport-equipment", "重工"),
    ("电气机械和器材制造", "C38", "electrical", "电气"), ("计算机、通信和其他电子设备制造", "C39", "electronics", "电子"),
    ("通用设备制造", "C34", "machinery", "机械"), ("专用设备制造", "C35", "special-equipment", "装备"),
    ("仪器仪表制造", "C40", "instruments", "仪表"), ("食品制造", "C14", "food", "食品"),
    ("酒、饮料和精制茶制造", "C15", "beverage", "酒业"), ("烟草制品", "C16", "tobacco", "卷烟"),
    ("纺织", "C17", "textile", "纺织"), ("造纸和纸制品", "C22", "paper", "纸业"),
    ("橡胶和塑料制品", "C29", "rubber-plastics", "橡塑"), ("非金属矿物制品", "C30", "building-materials", "建材"),
    ("金属制品", "C33", "metal-products", "金属制品"), ("电力、热力生产和供应", "D44", "power", "电力"),
    ("燃气生产和供应", "D45", "gas", "燃气"), ("水的生产和供应", "D46", "water", "水务"),
    ("煤炭开采和洗选", "B06", "coal", "能源"), ("石油和天然气开采", "B07", "oil-gas", "油气"),
    ("软件和信息技术服务", "I65", "software", "软件"), ("互联网和相关服务", "I64", "internet", "数科"),
]
PLATFORM_INDUSTRIES = [i for i in INDUSTRIES if i[1] in ("I64", "I65", "C39", "C34", "C35")]

TAGS = [
    "工控安全", "资产测绘", "安全态势感知", "数据分类分级", "供应链安全", "标识解析", "零信任", "漏洞管理",
    "应急响应", "安全运营中心", "工业防火墙", "网络隔离", "蜜罐诱捕", "入侵检测", "主机加固", "身份认证",
    "访问控制", "安全审计", "日志分析", "威胁情报", "云安全", "边缘计算安全", "数据加密", "备份恢复",
    "远程运维", "移动介质管控", "5G专网", "工业APP安全", "白名单", "安全培训", "商用密码", "数据出境",
    "OPC UA", "Modbus", "PROFINET", "IEC 104", "DNP3", "MQTT", "SCADA", "PLC",
]
ASCII_TAG_PROTOCOL = {"OPC UA", "Modbus", "PROFINET", "IEC 104", "DNP3", "MQTT"}

TYPE_SPELLINGS = {  # canonical key → spellings used in the files (SPEC allows keys and labels)
    "networked_industrial": ["networked_industrial", "联网工业企业", "networked_industrial", "应用工业互联网的工业企业"],
    "platform": ["platform", "工业互联网平台企业", "平台企业"],
    "identifier_resolution": ["identifier_resolution", "标识解析企业", "工业互联网标识解析企业"],
}
TYPE_LABEL = {"networked_industrial": "联网工业企业", "platform": "工业互联网平台企业",
              "identifier_resolution": "工业互联网标识解析企业"}
STEPS = [("self_grading", "自主定级"), ("grading_review", "定级核查"), ("graded_protection", "分级防护"),
         ("conformity_assessment", "符合性评测"), ("remediation", "安全整改")]
GRADE_SPELLINGS = {1: ["1", "一级"], 2: ["2", "二级"], 3: ["3", "三级"]}
AWARDS = [("overall", "总体成效突出地区"), ("classification_grading", "分类分级管理"),
          ("policy_standard_promotion", "政策标准宣贯"), ("resource_pool", "资源池建设"),
          ("emergency_drill", "应急演练"), ("talent_training", "人才培训"), ("competition", "赛事活动")]
CN_NUM = "一二三四五六七八九十"

# --------------------------------------------------------------------------------------------------------
# Fragment pools for the prose

NAME_A = ["江汉", "华岳", "东海", "中原", "海川", "北辰", "南岭", "天工", "昆仑", "长风", "黄河", "珠江", "松江",
          "湘江", "楚天", "巴蜀", "秦川", "燕山", "太行", "齐鲁", "闽江", "赣江", "滇池", "天山", "黔山", "漓江",
          "汾河", "渤海", "洞庭", "鄱阳", "祁连", "峨眉", "钱塘", "淮河", "辽河", "松花", "洪泽", "嵩山", "泰岳",
          "衡山", "武夷", "西江", "沱江", "嘉陵", "乌江", "龙江", "青山", "白云", "紫金", "金沙", "玉泉", "锦江",
          "云岭", "雁门", "阳明", "丹霞", "浦江", "大运", "东岳", "西岭"]
NAME_B = ["启明", "衡远", "恒信", "瑞丰", "宏达", "鼎盛", "精工", "智联", "云图", "安泰", "新元", "卓越", "远航",
          "博创", "嘉禾", "汇通", "星辰", "华信", "同创", "立方", "明德", "致远", "弘毅", "正泰", "广源", "开元",
          "德润", "永昌", "恒通", "瑞达", "天合", "中科", "鸿运", "信达", "长青", "盛世", "华通", "万象", "融创",
          "益达"]
SUFFIX = ["集团有限公司", "股份有限公司", "有限公司", "有限责任公司", "集团股份有限公司"]

TOPICS = [  # title endings
    "分类分级管理实践", "工控安全分级防护体系建设", "资产测绘与自主定级实践", "基于零信任的远程运维安全管控",
    "工业互联网平台安全能力建设", "标识解析节点安全防护实践", "生产网络分区分域隔离改造", "工控安全监测与态势感知平台建设",
    "数据分类分级与全生命周期保护", "供应链接入安全管理实践", "符合性评测驱动的闭环整改", "“定级—防护—评测”一体化管理",
    "安全运营中心建设与应急响应实践", "工控主机白名单防护实践", "多厂区统一安全管理体系建设", "边缘计算节点安全加固实践",
    "5G 专网工业应用安全防护", "工业 APP 全流程安全管控", "关键装置控制系统纵深防御实践", "智能工厂网络安全一体化建设",
    "“三同步”网络安全管理实践", "工控漏洞全生命周期管理", "工业数据安全分级保护实践", "云边协同安全防护体系建设",
    "集团化分类分级管理推进实践", "老旧控制系统安全加固改造", "远程诊断服务安全接入实践", "蜜罐诱捕与主动防御实践",
    "工业协议深度解析与异常检测", "商用密码在工控系统中的应用实践",
]
TOPIC_SLUG = ["grading", "ot-protection", "asset-mapping", "zero-trust", "platform-security", "identifier-node",
              "zoning", "situational", "data-grading", "supply-chain", "assessment", "grading-cycle", "soc",
              "whitelist", "multi-site", "edge", "5g", "industrial-app", "defense-in-depth", "smart-factory",
              "three-sync", "vuln-lifecycle", "data-security", "cloud-edge", "group-grading", "legacy-hardening",
              "remote-diagnosis", "honeypot", "protocol-analysis", "cryptography"]

PRODUCTS_BY_CODE = {
    "C25": ["原油加工和成品油", "芳烃和精细化学品"], "C26": ["精细化学品", "化肥和农药", "合成材料"],
    "C27": ["原料药和制剂", "生物制品"], "C31": ["特种钢材", "板材和型材"], "C32": ["铜铝材料", "稀土功能材料"],
    "C36": ["乘用车及零部件", "新能源汽车"], "C37": ["轨道交通装备", "船舶配套设备"], "C38": ["家用电器", "新能源电池", "光伏组件"],
    "C39": ["电子元器件", "通信设备", "显示面板"], "C34": ["数控机床", "工业泵阀"], "C35": ["工程机械", "矿山装备"],
    "C40": ["智能仪表", "分析仪器"], "C14": ["乳制品", "速冻食品"], "C15": ["白酒", "饮料", "精制茶"], "C16": ["卷烟"],
    "C17": ["纺织面料", "化纤制品"], "C22": ["纸制品", "包装材料"], "C29": ["轮胎和橡胶制品", "塑料制品"],
    "C30": ["玻璃和水泥", "陶瓷"], "C33": ["金属结构件", "紧固件"], "D44": ["电力与热力"], "D45": ["城市燃气"],
    "D46": ["自来水和污水处理"], "B06": ["煤炭及洗选产品"], "B07": ["原油和天然气"], "I65": ["工业软件", "工业互联网平台服务"],
    "I64": ["工业互联网平台服务", "标识注册与解析服务"],
}
PRODUCTS = ["精细化学品", "乘用车及零部件", "高端装备", "特种钢材", "铜铝材料", "原料药和制剂", "乳制品和饮料",
            "家用电器", "电子元器件", "新能源电池", "光伏组件", "工程机械", "轨道交通装备", "船舶配套设备",
            "智能仪表", "纸制品", "轮胎和橡胶制品", "玻璃和水泥", "电力与热力", "城市燃气", "自来水和污水处理",
            "煤炭及洗选产品", "原油和天然气", "工业软件", "工业互联网平台服务", "标识注册与解析服务", "纺织面料",
            "卷烟", "白酒", "数控机床"]
SYSTEMS = ["分布式控制系统", "安全仪表系统", "数据采集与监视控制系统", "可编程逻辑控制器", "制造执行系统",
           "企业资源计划系统", "设备健康管理系统", "能源管理系统", "仓储物流系统", "视觉检测系统", "工业机器人控制器",
           "远程监控平台", "实验室信息管理系统", "批次管理系统", "工业互联网平台", "标识解析二级节点", "边缘计算网关",
           "历史数据库", "工程师站", "操作员站"]
ASSETS = ["可编程逻辑控制器", "工业交换机", "工程师站", "操作员站", "历史数据服务器", "边缘网关", "智能仪表", "工业机器人",
          "数控机床", "视觉检测终端", "远程终端单元", "变频器", "工业无线接入点", "安全仪表控制器", "人机界面"]
ZONES = ["管理网与生产网", "生产控制大区与管理信息大区", "各车间控制网络", "调度中心与场站", "总部与各分厂",
         "平台云区与边缘节点", "办公网与工控网", "实验室网络与生产网络", "储运区与装置区", "厂区与供应商远程接入区"]
SUBJECTS = ["企业", "公司", "信息中心", "安全管理部", "生产技术部", "集团总部", "各分厂", "运维团队", "项目组",
            "网络安全工作领导小组", "设备管理部", "数字化部", "安全运营团队", "质量安全部"]
OPENERS = ["", "", "", "首先，", "同时，", "在此基础上，", "此外，", "与此同时，", "为此，", "结合生产实际，",
           "按照“谁主管谁负责、谁运营谁负责”的原则，", "针对上述问题，", "在实施过程中，", "围绕分级防护要求，",
           "依据定级结果，", "借助第三方专业力量，"]
ACTIONS = [
    "梳理了全厂{n}余台{asset}的型号、固件版本和通信关系",
    "在{zone}之间部署工业防火墙，按最小必要原则配置访问策略",
    "对 {proto} 等工业协议流量进行深度解析，建立正常通信基线",
    "建立了覆盖{system}的资产台账，并与设备管理台账实时同步",
    "制定了《{doc}》等{n2}项管理制度",
    "对{system}实施主机白名单和移动介质管控",
    "建设了统一的安全运营中心，集中汇聚{n2}类安全日志",
    "组织开展了{n2}次应急演练，模拟{incident}等场景",
    "委托第三方机构对照{grade}要求开展符合性评测",
    "对评测发现的{n2}项问题逐项建立整改台账",
    "将供应商远程运维统一收口到堡垒机，实行“一事一审批、全程录屏”",
    "对{system}的关键操作实行双人复核和操作审计",
    "按照数据重要程度将{data}划分为核心、重要和一般三个级别",
    "对跨网数据交换部署单向隔离装置，只允许数据从生产侧流向管理侧",
    "为{system}部署了入侵检测探针，覆盖全部{n2}个汇聚节点",
    "建立了漏洞发现、评估、修复、验证的闭环管理流程",
    "在{system}上线前开展安全评估，落实“三同步”要求",
    "引入蜜罐诱捕系统，在{zone}之间部署{n2}个仿真节点",
    "对平台租户实施逻辑隔离，按租户等级分配安全资源",
    "采用商用密码技术对{data}进行加密存储和传输",
    "每季度开展一次资产复核，及时发现新增和变更的{asset}",
    "将网络安全考核纳入各分厂年度绩效，层层压实责任",
    "对{n}余名一线工程师开展工控安全实操培训",
    "依托省级资源池专家对定级结果进行了复核",
    "利用被动监听方式完成资产测绘，避免主动扫描影响生产",
]
INCIDENTS = ["勒索病毒感染工程师站", "控制器程序被篡改", "供应商账号被盗用", "标识数据被批量篡改", "平台遭受大流量攻击",
             "移动存储介质带入恶意代码", "远程运维通道被滥用", "关键装置通信中断", "历史数据库被加密勒索"]
DOCS = ["工控系统网络安全管理办法", "供应商远程运维安全管理规定", "网络安全事件应急预案", "工业数据分类分级管理细则",
        "移动存储介质使用管理规定", "网络安全考核办法", "资产变更管理流程", "安全基线配置规范", "漏洞管理办法"]
DATAS = ["工艺配方数据", "生产运行数据", "设备运维数据", "质量检测数据", "标识注册数据", "平台租户数据", "供应链协同数据",
         "能耗监测数据", "客户订单数据"]
PURPOSES = ["确保{goal}", "实现了{goal}", "为后续分级防护奠定了基础", "有效降低了{risk}风险", "做到了{goal}",
            "切实提升了{goal2}", "保障了{goal}", "形成了可复制、可推广的做法", "显著缩短了异常处置时间",
            "使安全投入与风险等级相匹配"]
GOALS = ["生产连续稳定运行", "关键数据不出厂", "异常行为早发现、早处置", "资产底数清、风险状况明", "安全责任落实到人",
         "控制指令可信可控", "远程运维全程可审计", "防护措施与定级结果相匹配"]
GOALS2 = ["工控系统的整体防护水平", "一线人员的安全意识", "安全事件的响应效率", "平台的安全服务能力", "数据安全保护能力"]
RISKS = ["勒索病毒横向传播", "误操作导致停产", "供应商接入带来的", "数据泄露", "控制程序被篡改", "外部网络攻击"]
PROTOCOLS = ["Modbus TCP", "OPC UA", "PROFINET", "IEC 104", "DNP3", "S7comm", "EtherNet/IP", "MQTT"]
BACKGROUND = [
    "{ent}是一家以{product}为主的{kind}，现有员工{n}余人，年产值约{m}亿元。",
    "{ent}成立于{y0}年，主要从事{product}的研发、生产和销售，拥有{n2}个生产基地。",
    "近年来，企业持续推进数字化转型，{system}与{system2}逐步联通，生产网与管理网之间的数据交换日益频繁。",
    "原本相对封闭的控制系统开始面临来自外部网络的威胁，部分老旧设备长期未更新补丁，口令管理较为薄弱。",
    "企业生产连续性要求高，一旦控制系统异常停机，单次损失可达数百万元，并可能引发安全环保事故。",
    "设备来自数十家供应商，型号繁杂，调试和改造频繁，供应商人员经常需要远程或现场接入生产网络。",
    "在开展分类分级管理之前，企业对工业资产的底数掌握不清，安全防护以边界防火墙为主，缺乏对内部通信的监测手段。",
    "随着业务上云，{data}在平台上大量汇聚，数据安全保护成为企业面临的新课题。",
    "企业以分类分级管理为抓手，着力解决“看不清、管不住、连得乱”的问题。",
]
RESULTS = [
    "项目实施以来，企业未发生因网络安全问题导致的停产事件，监测系统累计发现异常事件{n}余起，均在造成影响前处置。",
    "资产识别覆盖率由约{p1}%提升到{p2}%，异常行为平均发现时间由数天缩短到{min}分钟以内。",
    "评测发现的{n2}项问题已全部完成整改，企业顺利通过{grade}符合性评测。",
    "企业还把网络安全条款写入设备采购合同，从源头上提高了设备的安全水平。",
    "通过分类分级管理，企业安全投入更加精准，年度安全运维成本下降约{p3}%。",
    "企业的做法被{region}主管部门作为典型经验在全省（区、市）推广，先后接待{n2}批次企业交流学习。",
    "一线人员的安全意识明显增强，全年主动上报安全隐患{n}余条。",
]
VALUES = [
    "本案例的做法不需要停产改造，适合在役工厂在不影响生产的前提下逐步实施，可供{industry}企业借鉴。",
    "案例形成的“{a}—{b}—{c}”路径清晰、投入可控，对同类企业开展分类分级管理具有参考价值。",
    "案例把管理措施与技术措施结合起来，既解决了当前突出问题，又建立了长效机制，具有较强的推广价值。",
    "对于设备多、供应链长的{industry}企业，案例的供应商准入和远程运维管控措施尤其值得借鉴。",
]
METRICS = [("资产识别覆盖率", "约 {p1}%", "100%"), ("网络区域隔离", "无", "{n2} 个区域全部隔离"),
           ("供应商终端准入检查", "抽查", "全部检查"), ("异常行为平均发现时间", "数天", "{min} 分钟以内"),
           ("评测发现问题数", "{n2} 项", "0 项遗留"), ("高危漏洞平均修复周期", "{d1} 天", "{d2} 天"),
           ("安全日志集中率", "{p1}%", "{p2}%"), ("弱口令账号数", "{n} 个", "0 个"),
           ("应急演练次数（年）", "0 次", "{n2} 次"), ("远程运维审计覆盖率", "{p1}%", "100%")]
PHASES = [("自主定级", "{y}年第一季度"), ("定级核查", "{y}年第二季度"), ("分级防护", "{y}年第二至第三季度"),
          ("符合性评测", "{y}年第四季度"), ("安全整改", "{y1}年第一季度")]
SUBHEADINGS = ["资产梳理与自主定级", "定级核查与问题整改", "分区分域的网络隔离", "工控协议深度监测", "供应商远程运维管控",
               "数据分类分级与加密保护", "安全运营中心建设", "应急预案与实战演练", "符合性评测与持续改进", "人员培训与制度建设",
               "主机与终端加固", "漏洞全生命周期管理", "身份认证与访问控制", "标识数据保护", "平台租户隔离",
               "供应链安全管理", "网络安全责任体系", "边缘节点安全加固"]


def fmt(rng, template, ctx):
    """Fills {placeholders} with fresh random values (ctx gives the fixed ones)."""
    values = dict(ctx)
    values.update(
        n=rng.randint(30, 1200), n2=rng.randint(2, 36), m=rng.randint(3, 480), y0=rng.randint(1958, 2012),
        p1=rng.randint(40, 80), p2=rng.randint(95, 100), p3=rng.randint(8, 35), min=rng.choice([5, 10, 15, 30]),
        d1=rng.randint(30, 120), d2=rng.randint(3, 15),
        asset=rng.choice(ASSETS), zone=rng.choice(ZONES), proto=rng.choice(PROTOCOLS), system=rng.choice(SYSTEMS),
        system2=rng.choice(SYSTEMS), doc=rng.choice(DOCS), incident=rng.choice(INCIDENTS), data=rng.choice(DATAS),
        goal=rng.choice(GOALS), goal2=rng.choice(GOALS2), risk=rng.choice(RISKS),
        a=rng.choice(STEPS)[1], b=rng.choice(STEPS)[1], c=rng.choice(STEPS)[1],
    )
    return template.format(**values)


def sentence(rng, ctx):
    text = rng.choice(OPENERS) + rng.choice(SUBJECTS) + fmt(rng, rng.choice(ACTIONS), ctx)
    if rng.random() < 0.7:
        text += "，" + fmt(rng, rng.choice(PURPOSES), ctx)
    return text + "。"


def paragraph(rng, ctx, count=None, markup=True):
    parts = [sentence(rng, ctx) for _ in range(count or rng.randint(2, 5))]
    if markup and rng.random() < 0.25:  # bold lead-in, sometimes closed by full-width punctuation
        lead = rng.choice(SUBHEADINGS)
        parts[0] = (f"**{lead}，**" if rng.random() < 0.3 else f"**{lead}**，") + parts[0]
    if markup and rng.random() < 0.15:
        parts.append(f"相关要求可参见[{rng.choice(DOCS)}（示例）](https://www.example.gov.cn/gxb/aqdxx/zhengce/"
                     f"{rng.randint(1, 99):02d}.html)。")
    if markup and rng.random() < 0.05:
        parts.append(f"活动政策解读见 https://www.example.gov.cn/gxb/aqdxx/{ctx['year']}/jiedu-{rng.randint(1, 20):02d}.html 。")
    if rng.random() < 0.2:  # some authors write one sentence per line (soft breaks between CJK characters)
        return "\n".join(parts)
    return "".join(parts)


def bullet_list(rng, ctx):
    ordered = rng.random() < 0.4
    lines = []
    for k in range(rng.randint(3, 5)):
        item = rng.choice(SUBJECTS) + fmt(rng, rng.choice(ACTIONS), ctx)
        if rng.random() < 0.5:
            item = f"**{rng.choice(SUBHEADINGS)}**：" + item
        lines.append((f"{k + 1}. " if ordered else "- ") + item + "；")
    lines[-1] = lines[-1][:-1] + "。"
    return "\n".join(lines)


def table(rng, ctx):
    if rng.random() < 0.6:
        rows = rng.sample(METRICS, rng.randint(3, 5))
        out = ["| 指标 | 实施前 | 实施后 |", "| --- | :---: | :---: |"]
        out += [f"| {m} | {fmt(rng, a, ctx)} | {fmt(rng, b, ctx)} |" for m, a, b in rows]
    else:
        out = ["| 阶段 | 时间 | 主要工作 |", "| --- | --- | --- |"]
        y, y1 = ctx["year"] - 1, ctx["year"]
        for step, when in PHASES[: rng.randint(3, 5)]:
            work = rng.choice(SUBJECTS) + fmt(rng, rng.choice(ACTIONS), ctx)
            out.append(f"| {step} | {when.format(y=y, y1=y1)} | {work} |")
    return "\n".join(out)


def code_block(rng, ctx):
    kind = rng.randrange(3)
    if kind == 0:
        lines = ["```text"]
        for k in range(rng.randint(4, 8)):
            proto = rng.choice(["modbus", "s7comm", "opcua", "iec104", "dnp3", "enip"])
            lines.append(f"rule {10 * (k + 1):<4} permit {proto:<7} src 10.{rng.randint(1, 30)}.{rng.randint(0, 255)}.0/24 "
                         f"dst 10.{rng.randint(31, 60)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} port {rng.choice([502, 102, 4840, 2404, 20000, 44818])}")
        lines.append("rule 9999 deny   any     src any dst any log")
    elif kind == 1:
        lines = ["```yaml", "# 资产台账片段（示例）"]
        for k in range(rng.randint(2, 4)):
            lines += [f"- id: A{ctx['year']}-{rng.randint(1000, 9999)}", f"  name: {rng.choice(ASSETS)}",
                      f"  zone: {rng.choice(['L1', 'L2', 'L3', 'DMZ'])}", f"  protocol: {rng.choice(PROTOCOLS)}",
                      f"  grade: {rng.choice(['核心', '重要', '一般'])}"]
    else:
        lines = ["```log"]
        for k in range(rng.randint(3, 6)):
            lines.append(f"{ctx['year']}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
                         f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} ALERT {rng.choice(['write-coil', 'program-download', 'new-device', 'policy-none', 'scan'])} "
                         f"src=10.{rng.randint(1, 60)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} proto={rng.choice(PROTOCOLS).replace(' ', '')}")
    lines.append("```")
    return "\n".join(lines)


def utf8len(text):
    return len(text.encode("utf-8"))


# --------------------------------------------------------------------------------------------------------
# Records


def yaml_str(text):
    """A YAML scalar: plain when safe, else double-quoted."""
    if text == "" or text[0] in "!&*[]{}|>'\"%@`#,?:-" or ": " in text or " #" in text or text.strip() != text \
            or text.lower() in ("yes", "no", "true", "false", "null", "on", "off", "~") or text.replace(".", "").isdigit():
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def make_case(seed, index, unit_pick, year):
    rng = random.Random(f"{seed}:case:{index}")
    unit = UNIT_BY_ID[unit_pick]
    roll = rng.random()
    etype = "networked_industrial" if roll < 0.72 else "platform" if roll < 0.9 else "identifier_resolution"
    if etype == "networked_industrial":
        industry = rng.choice(INDUSTRIES)
    elif etype == "platform":
        industry = rng.choice(PLATFORM_INDUSTRIES)
    else:
        industry = rng.choice([i for i in INDUSTRIES if i[1] in ("I64", "I65")])
    name = rng.choice(NAME_A) + rng.choice(NAME_B)
    if etype == "platform":
        enterprise = name + rng.choice(["工业互联网科技有限公司", "数字科技有限公司", "智能科技股份有限公司"])
        short = name + "平台"
    elif etype == "identifier_resolution":
        enterprise = name + rng.choice(["标识解析服务有限公司", "信息科技有限公司"])
        short = name + "标识解析"
    else:
        enterprise = name + industry[3] + rng.choice(SUFFIX)
        short = name + industry[3]
    topic_index = rng.randrange(len(TOPICS))
    title = short + TOPICS[topic_index]
    slug = f"{unit[0]}-{industry[2]}-{TOPIC_SLUG[topic_index]}-{index + 1:05d}"
    grade = rng.choice([1, 2, 2, 3, 3, 3])
    spelled_region = rng.choice([unit[0], unit[3], unit[2]] + ([unit[1]] if unit[1] else []))
    step_count = rng.randint(2, 5)
    steps = sorted(rng.sample(range(5), step_count))
    use_keys = rng.random() < 0.4
    steps_text = [STEPS[s][0] if use_keys else STEPS[s][1] for s in steps]
    tags = rng.sample(TAGS, rng.randint(2, 4))
    if rng.random() < 0.3 and not any(t in ASCII_TAG_PROTOCOL for t in tags):
        tags[-1] = rng.choice(sorted(ASCII_TAG_PROTOCOL))
    ctx = dict(ent=enterprise, year=year, industry=industry[0], region=unit[3], kind=TYPE_LABEL[etype],
               product=rng.choice(PRODUCTS_BY_CODE[industry[1]]), grade=GRADE_SPELLINGS[grade][1])
    recommender = (unit[2] + ("经济和信息化局" if unit[0] == "beijing" else "工业和信息化局"
                              if unit[0] in MUNICIPALITIES | CITIES | {"xjbt"} else "工业和信息化厅"))
    # summary: < 300 characters
    summary = f"{enterprise}是{TYPE_LABEL[etype]}，自主定为{GRADE_SPELLINGS[grade][1]}。" + \
        "".join(sentence(rng, ctx) for _ in range(rng.randint(2, 4)))
    while len(summary) > 280:
        summary = summary[: summary.rfind("。", 0, len(summary) - 1) + 1]
    date = f"{year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    sources = [("关于工业互联网安全深度行活动典型案例入选名单的公示（示例）",
                f"https://www.example.gov.cn/gxb/aqdxx/{year + 1}/gongshi-{rng.randint(1, 9):02d}.html",
                f"{year + 1}-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}")]
    if rng.random() < 0.4:
        sources.append((f"{unit[2]}工业互联网企业网络安全分类分级管理工作简报（示例）",
                        f"https://www.example.gov.cn/{unit[0]}/gxt/jianbao/{year}-{rng.randint(1, 12):02d}.html",
                        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    featured = rng.random() < 0.005
    cover = f"../../media/cover-{rng.randrange(6) + 1}.png" if rng.random() < 0.05 else None
    contact = (f"联系人{CN_NUM[rng.randrange(10)]}{CN_NUM[rng.randrange(10)]}",
               f"010-5555-{rng.randint(0, 9999):04d}", f"contact-{index + 1:05d}@example.cn")

    fm = ["---", f"title: {yaml_str(title)}", f"enterprise: {yaml_str(enterprise)}",
          f"enterprise_type: {rng.choice(TYPE_SPELLINGS[etype])}",
          f"region: {yaml_str(spelled_region)}", f"year: {year}", f"industry: {yaml_str(industry[0])}",
          f"industry_code: {industry[1]}", f"grade: {yaml_str(rng.choice(GRADE_SPELLINGS[grade]))}",
          f"steps: [{', '.join(steps_text)}]", f"recommender: {recommender}", "status: selected",
          f"summary: {yaml_str(summary)}", f"tags: [{', '.join(tags)}]"]
    if cover:
        fm.append(f"cover: {cover}")
    fm.append(f"date: {date}")
    fm.append("sources:")
    for s_title, s_url, s_date in sources:
        fm += [f"  - title: {yaml_str(s_title)}", f"    url: {s_url}", f"    date: {s_date}"]
    fm += [f"featured: {'true' if featured else 'false'}", "draft: false",
           f"contact: {{ name: {contact[0]}, phone: {contact[1]}, email: {contact[2]} }}", "---", ""]
    front = "\n".join(fm)

    # body: mandatory skeleton, then paragraphs until the size target (3–6 KB for the whole file)
    target = rng.randint(4200, 6144)
    sections = {
        "bg": [fmt(rng, BACKGROUND[0 if etype == "networked_industrial" else 1], ctx) +
               "".join(fmt(rng, t, ctx) for t in rng.sample(BACKGROUND[2:], 2))],
        "results": [fmt(rng, " ".join(rng.sample(RESULTS, 3)), ctx).replace("。 ", "。")],
        "value": [fmt(rng, rng.choice(VALUES), ctx)],
    }
    heads = rng.sample(SUBHEADINGS, rng.randint(3, 5))
    practice = [[paragraph(rng, ctx, 2)] for _ in heads]
    specials = [bullet_list(rng, ctx), table(rng, ctx), code_block(rng, ctx)]
    slots = rng.sample(range(len(heads)), 3) if len(heads) >= 3 else [0, 0, 0]
    for special, slot in zip(specials, slots):
        practice[slot].append(special)

    def render():
        out = ["> 基准测试语料：本案例由 bench/gen_corpus.py 生成，内容虚构，不代表真实入选结果。", "", "## 案例背景", ""]
        for p in sections["bg"]:
            out += [p, ""]
        out += ["## 主要做法", ""]
        for k, (head, blocks) in enumerate(zip(heads, practice)):
            out += [f"### {CN_NUM[k]}、{head}", ""]
            for b in blocks:
                out += [b, ""]
        out += ["## 取得成效", ""]
        for p in sections["results"]:
            out += [p, ""]
        out += ["## 推广价值", ""]
        for p in sections["value"]:
            out += [p, ""]
        return "\n".join(out[:-1]) + "\n"

    size = utf8len(front) + utf8len(render())
    rounds = 0
    while size < target - 250 and rounds < 60:
        rounds += 1
        where = rng.randrange(len(heads) + 2)
        extra = paragraph(rng, ctx, rng.randint(1, 3))
        grow = utf8len(extra) + 2
        if size + grow > target:
            continue
        if where < len(heads):
            practice[where].insert(rng.randint(1, len(practice[where])), extra)
        elif where == len(heads):
            sections["bg"].append(extra)
        else:
            sections["results"].append(extra)
        size += grow
    body = render()
    while utf8len(front) + utf8len(body) > 6144:  # a long skeleton: drop plain paragraphs, longest first
        plain = [(utf8len(b), k, j) for k, blocks in enumerate(practice) for j, b in enumerate(blocks)
                 if b not in specials and len(blocks) > 1]
        if not plain:
            break
        _, k, j = max(plain)
        del practice[k][j]
        body = render()
    text = front + body
    assert 3072 <= utf8len(text) <= 6144, (slug, utf8len(text))
    return dict(slug=slug, year=year, unit=unit[0], text=text, front=front, body=body, title=title, enterprise=enterprise,
                etype=etype, industry=industry[0], industry_code=industry[1], grade=grade, steps=[STEPS[s][1] for s in steps],
                recommender=recommender, summary=summary, tags=tags, date=date, sources=sources, featured=featured,
                cover=cover, contact=contact)


def make_region(seed, unit_id, year, case_count):
    rng = random.Random(f"{seed}:region:{year}-{unit_id}")
    unit = UNIT_BY_ID[unit_id]
    # the quota: floor(0.2 × participating) ≥ case_count, with room to spare
    participating = max(5 * case_count + rng.randint(3, 80), 20)
    awards = rng.sample(AWARDS, rng.choice([1, 1, 2, 2, 3]))
    awards.sort(key=AWARDS.index)
    awards_text = [a[0] if rng.random() < 0.5 else a[1] for a in awards]
    applicant = unit[2] + ("工业和信息化厅" if unit_id not in MUNICIPALITIES | CITIES | {"xjbt"} else "工业和信息化局")
    ctx = dict(ent=applicant, year=year, industry=rng.choice(INDUSTRIES)[0], region=unit[3], kind="主管部门",
               product=rng.choice(PRODUCTS), grade="三级")
    graded = participating - rng.randint(0, participating // 10)
    trained = rng.randint(300, 6000)
    summary = (f"{unit[2]}推动{participating}家企业开展分类分级管理，其中{graded}家完成自主定级；"
               + "".join(sentence(rng, ctx) for _ in range(2)))
    while len(summary) > 280:
        summary = summary[: summary.rfind("。", 0, len(summary) - 1) + 1]
    fm = ["---", f"region: {rng.choice([unit_id, unit[3], unit[2]])}", f"year: {year}",
          f"awards: [{', '.join(awards_text)}]", f"applicant: {applicant}", f"summary: {yaml_str(summary)}", "stats:",
          f"  - {{ label: 参与企业, value: {participating}, unit: 家 }}",
          f"  - {{ label: 完成自主定级, value: {graded}, unit: 家 }}",
          f"  - {{ label: 培训人次, value: {trained}, unit: 人次 }}",
          f"participating_enterprises: {participating}"]
    wants_rank = awards[0][0] == "overall" and rng.random() < 0.5
    if wants_rank:  # the number itself is given by assign_ranks (unique within a year)
        fm.append("rank: RANK")
    source_url = f"https://www.example.gov.cn/gxb/aqdxx/{year + 1}/diqu-{rng.randint(1, 9):02d}.html"
    fm += ["sources:", "  - title: 工业互联网安全深度行活动成效突出地区名单（示例）", f"    url: {source_url}",
           f"    date: {year + 1}-03-{rng.randint(1, 28):02d}",
           f"contact: {{ name: 联系人{CN_NUM[rng.randrange(10)]}, phone: 010-5555-{rng.randint(0, 9999):04d}, "
           f"email: region-{unit_id}-{year}@example.cn }}", "---", ""]
    out = ["> 基准测试语料：本材料由 bench/gen_corpus.py 生成，内容虚构。", "", "## 主要做法", ""]
    for award in awards:
        out += [f"### {award[1]}", "", paragraph(rng, ctx, rng.randint(3, 5)), ""]
        if rng.random() < 0.5:
            out += [bullet_list(rng, ctx), ""]
    out += ["## 经验成效", "", fmt(rng, " ".join(rng.sample(RESULTS, 3)), ctx).replace("。 ", "。"), "",
            paragraph(rng, ctx, 3)]
    body = "\n".join(out) + "\n"
    front = "\n".join(fm)
    return dict(unit=unit_id, year=year, text=front + body, front=front, body=body, awards=[a[1] for a in awards],
                applicant=applicant, summary=summary, participating=participating, graded=graded, trained=trained,
                rank=None, wants_rank=wants_rank, source_url=source_url, title=f"{unit[2]} {year} 年成效突出地区")


PAGES = [
    ("about", "关于活动", 1, "工业互联网安全深度行活动简介（基准测试语料）。",
     "## 活动简介\n\n工业互联网安全深度行活动旨在推动各地、各行业深入落实工业互联网企业网络安全分类分级管理要求，"
     "督促企业落实网络安全主体责任，提升工业互联网整体安全防护水平。\n\n## 两类遴选\n\n1. **典型案例**：面向联网工业企业、"
     "工业互联网平台企业和标识解析企业。\n2. **成效突出地区**：分为总体成效突出地区和单项成效突出地区。\n\n"
     "每个地区推荐的案例数量不超过本地区实施分类分级管理企业数量的 20%（向下取整）。\n"),
    ("method", "语料说明", 2, "本站内容由 bench/gen_corpus.py 按固定种子生成，用于性能基准测试。",
     "## 语料说明\n\n本站全部案例和地区材料由脚本从语句片段库组合生成，内容虚构，仅用于测量构建性能。\n\n"
     "| 项目 | 说明 |\n| --- | --- |\n| 案例 | 每篇 3–6 KB，含标题、列表、表格和代码块 |\n| 地区 | 每个单位每年至多一份 |\n\n"
     "```text\npython3 bench/gen_corpus.py --cases 10000 --regions 220 --out DIR\n```\n"),
]


def png(width, height, rgb):
    """A small, deterministic, solid-colour PNG."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


COVERS = [(f"cover-{k + 1}.png", png(480, 270, c)) for k, c in
          enumerate([(0, 82, 155), (176, 30, 35), (32, 110, 70), (90, 60, 140), (200, 120, 20), (60, 60, 60)])]


# --------------------------------------------------------------------------------------------------------
# Generation and writing


def assign_ranks(seed, regions):
    """Ranks 1, 2, … within each year, in a seeded order: an official list never repeats a rank."""
    for year in YEARS:
        ranked = [r for r in regions if r["year"] == year and r["wants_rank"]]
        random.Random(f"{seed}:ranks:{year}").shuffle(ranked)
        for position, region in enumerate(ranked, start=1):
            region["rank"] = position
            region["text"] = region["text"].replace("\nrank: RANK\n", f"\nrank: {position}\n", 1)
            region["front"] = region["front"].replace("\nrank: RANK\n", f"\nrank: {position}\n", 1)


def plan(seed, n_cases, n_regions):
    """Unit and year of every case, and the (unit, year) pairs that get a region file."""
    rng = random.Random(f"{seed}:plan")
    ids = [u[0] for u in UNITS]
    weights = [u[4] for u in UNITS]
    picks = [(rng.choices(ids, weights)[0], rng.choice(YEARS)) for _ in range(n_cases)]
    pairs = [(u, y) for y in YEARS for u in ids]
    rng.shuffle(pairs)
    chosen = sorted(pairs[:n_regions], key=lambda p: (p[1], ids.index(p[0])))
    return picks, chosen


def clean_dir(path, keep_root_files=False):
    os.makedirs(path, exist_ok=True)
    for name in ("content", "layouts", "themes", "static", "data", "public", "resources"):
        target = os.path.join(path, name)
        if os.path.isdir(target):
            shutil.rmtree(target)
    for name in ("site.yaml", "config.toml", ".hugo_build.lock"):
        target = os.path.join(path, name)
        if os.path.isfile(target):
            os.remove(target)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


SITE_YAML = """# Benchmark corpus generated by bench/gen_corpus.py (seed {seed}, {cases} cases, {regions} regions).
title: 工业互联网安全深度行活动 典型案例与成效突出地区（基准测试语料）
description: 基准测试语料：{cases} 个虚构的典型案例和 {regions} 份成效突出地区材料，用于测量构建性能。
language: zh-CN
base_url: https://www.example.gov.cn/showcase/
theme: default
per_page: 20
links: pretty
footer:
  icp: 京ICP备00000000号（示例）
  copyright: 示例单位
markdown:
  unsafe: false
quota:
  ratio: 0.2
"""


def write_casebook(out, seed, cases, regions):
    clean_dir(out)
    write(os.path.join(out, "site.yaml"), SITE_YAML.format(seed=seed, cases=len(cases), regions=len(regions)))
    for case in cases:
        write(os.path.join(out, "content", "cases", str(case["year"]), case["slug"] + ".md"), case["text"])
    for region in regions:
        write(os.path.join(out, "content", "regions", f"{region['year']}-{region['unit']}.md"), region["text"])
    for slug, title, weight, summary, body in PAGES:
        write(os.path.join(out, "content", "pages", slug + ".md"),
              f"---\ntitle: {title}\nsummary: {summary}\nweight: {weight}\n---\n{body}")
    for name, data in COVERS:
        write(os.path.join(out, "content", "media", name), data)


def yaml_list(values):
    return "[" + ", ".join(yaml_str(v) for v in values) + "]"


def write_hugo(out, seed, cases, regions):
    clean_dir(out)
    skeleton = os.path.join(HERE, "hugo")
    with open(os.path.join(skeleton, "config.toml"), encoding="utf-8") as handle:
        write(os.path.join(out, "config.toml"), handle.read())
    shutil.copytree(os.path.join(skeleton, "themes"), os.path.join(out, "themes"))
    units_yaml = ["# id → names, official order (SPEC §1)"]
    for order, (uid, code, full, short, _) in enumerate(UNITS):
        units_yaml.append(f"{uid}: {{ name: {full}, short: {short}, order: {order + 1} }}")
    write(os.path.join(out, "data", "units.yaml"), "\n".join(units_yaml) + "\n")
    for name, data in COVERS:
        write(os.path.join(out, "static", "media", name), data)
    write(os.path.join(out, "content", "_index.md"),
          "---\ntitle: 工业互联网安全深度行活动 典型案例与成效突出地区（基准测试语料）\n---\n")
    write(os.path.join(out, "content", "cases", "_index.md"), "---\ntitle: 典型案例\n---\n")
    write(os.path.join(out, "content", "regions", "_index.md"), "---\ntitle: 成效突出地区\n---\n")
    write(os.path.join(out, "content", "pages", "_index.md"), "---\ntitle: 页面\n---\n")
    for case in cases:
        fm = ["---", f"title: {yaml_str(case['title'])}", f"date: {case['date']}", f"enterprise: {yaml_str(case['enterprise'])}",
              f"enterprise_type: {TYPE_LABEL[case['etype']]}", f"year: {case['year']}",
              f"region_name: {UNIT_BY_ID[case['unit']][2]}",
              f"industry_code: {case['industry_code']}", f"grade: {GRADE_SPELLINGS[case['grade']][1]}",
              f"steps: {yaml_list(case['steps'])}", f"recommender: {case['recommender']}", "status: 入选",
              f"summary: {yaml_str(case['summary'])}",
              f"units: [{case['unit']}]", f"industries: {yaml_list([case['industry']])}",
              f"types: [{case['etype'].replace('_', '-')}]", f"tags: {yaml_list(case['tags'])}"]
        if case["cover"]:
            fm.append(f"cover: {case['cover'].replace('../../media/', 'media/')}")
        fm.append("sources:")
        for s_title, s_url, s_date in case["sources"]:
            fm += [f"  - title: {yaml_str(s_title)}", f"    url: {s_url}", f"    date: {s_date}"]
        fm += [f"featured: {'true' if case['featured'] else 'false'}", "draft: false",
               # kept so that the theme's promise (never rendered) is tested, as in Casebook
               f"contact: {{ name: {case['contact'][0]}, phone: {case['contact'][1]}, email: {case['contact'][2]} }}",
               "---", ""]
        write(os.path.join(out, "content", "cases", str(case["year"]), case["slug"] + ".md"), "\n".join(fm) + case["body"])
    for region in regions:
        fm = ["---", f"title: {region['title']}", f"date: {region['year'] + 1}-03-01", f"year: {region['year']}",
              f"region_name: {UNIT_BY_ID[region['unit']][2]}", f"units: [{region['unit']}]",
              f"awards: {yaml_list(region['awards'])}", f"applicant: {region['applicant']}",
              f"summary: {yaml_str(region['summary'])}", "stats:",
              f"  - {{ label: 参与企业, value: {region['participating']}, unit: 家 }}",
              f"  - {{ label: 完成自主定级, value: {region['graded']}, unit: 家 }}",
              f"  - {{ label: 培训人次, value: {region['trained']}, unit: 人次 }}",
              f"participating_enterprises: {region['participating']}"]
        if region["rank"]:
            fm.append(f"rank: {region['rank']}")
        fm += ["sources:", "  - title: 工业互联网安全深度行活动成效突出地区名单（示例）", f"    url: {region['source_url']}",
               f"    date: {region['year'] + 1}-03-01", "contact: { name: 联系人, phone: 010-5555-0000 }", "---", ""]
        write(os.path.join(out, "content", "regions", f"{region['year']}-{region['unit']}.md"), "\n".join(fm) + region["body"])
    for slug, title, weight, summary, body in PAGES:
        write(os.path.join(out, "content", "pages", slug + ".md"),
              f"---\ntitle: {title}\nsummary: {summary}\nweight: {weight}\n---\n{body}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, required=True, help="number of typical cases")
    parser.add_argument("--regions", type=int, default=0, help="number of region files (at most 37 × 6 = 222)")
    parser.add_argument("--out", help="folder for the Casebook site")
    parser.add_argument("--hugo", help="folder for the same content laid out as a Hugo site")
    parser.add_argument("--seed", default="1", help="seed (any string); default 1")
    args = parser.parse_args(argv)
    if not args.out and not args.hugo:
        parser.error("give --out DIR and/or --hugo DIR")
    if args.cases < 1 or not 0 <= args.regions <= len(UNITS) * len(YEARS):
        parser.error(f"--cases must be ≥ 1 and --regions between 0 and {len(UNITS) * len(YEARS)}")

    picks, chosen = plan(args.seed, args.cases, args.regions)
    cases = [make_case(args.seed, i, unit, year) for i, (unit, year) in enumerate(picks)]
    counts = {}
    for case in cases:
        counts[(case["unit"], case["year"])] = counts.get((case["unit"], case["year"]), 0) + 1
    regions = [make_region(args.seed, unit, year, counts.get((unit, year), 0)) for unit, year in chosen]
    assign_ranks(args.seed, regions)
    if args.out:
        write_casebook(args.out, args.seed, cases, regions)
    if args.hugo:
        write_hugo(args.hugo, args.seed, cases, regions)
    total = sum(utf8len(c["text"]) for c in cases)
    print(f"gen_corpus: {len(cases)} cases ({total / 1e6:.1f} MB of Markdown, {total / len(cases) / 1024:.1f} KiB mean), "
          f"{len(regions)} regions, {len(PAGES)} pages"
          + (f" → {args.out}" if args.out else "") + (f" and {args.hugo} (Hugo)" if args.hugo else ""), file=sys.stderr)


if __name__ == "__main__":
    main()
