import XCTest
import EntityGraph
@testable import Extraction

/// The two leaders someone is with are two others; undersecretaries; a father's name before a
/// family name; a council's short name read in context; a bloc named for its members is no
/// partner; arms sent are support, troops sent a deployment; a state naming a border is not where
/// troops go.
final class CompanionsUndersecretariesAndShipmentsTests: XCTestCase {
    func testTheTwoLeadersSomeoneIsWithAreTwoOthers() {
        let arabic = edges("""
            اجتمع الرئيس الفرنسي إيمانويل ماكرون في باريس مع الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان. \
            وقال ماكرون، في مؤتمر صحفي مع الزعيمين، إن البلدين اتفقا على فتح الحدود.
            """, date: "2024-05-01")
        XCTAssertTrue(arabic.contains("armenia cooperates_with azerbaijan"), "\(arabic)")
        XCTAssertFalse(arabic.contains("armenia cooperates_with france"), "\(arabic)")
        let english = edges("""
            French President Emmanuel Macron met Azerbaijani President Ilham Aliyev and then Armenian Prime Minister Nikol Pashinyan \
            in Paris. Macron, at a joint news conference with the two leaders, said the two countries agreed to open the border.
            """, date: "2024-05-01")
        XCTAssertTrue(english.contains("armenia cooperates_with azerbaijan"), "\(english)")
        XCTAssertFalse(english.contains("azerbaijan cooperates_with france"), "\(english)")
    }

    func testUndersecretaries() {
        let arabic = sharedExtractor.extract(text: """
            وقال وكيل وزارة الخارجية الأردنية يوسف البطاينة إن عمان ترفض ذلك. والتقى وكيل وزارة الدفاع البريطانية للسياسات جون ماثيوز \
            بنظيره الهندي.
            """, document: "t.txt", date: "2024-05-01")
        XCTAssertEqual(role(arabic, "iosf_albtaina", "jordan_foreign_ministry"), "undersecretary")
        XCTAssertEqual(role(arabic, "jon_mathioz", "united_kingdom_defence_ministry"), "undersecretary")
        let english = sharedExtractor.extract(text: "U.S. Under Secretary of State Victoria Nuland met Zelenskiy in Kyiv.",
                                              document: "t.txt", date: "2024-01-10")
        XCTAssertEqual(role(english, "victoria_nuland", "united_states"), "undersecretary")
        let agent = sharedExtractor.extract(text: "وقال وكيل أعمال اللاعب محمد صلاح إن النادي يرغب في التجديد.", document: "t.txt")
        XCTAssertTrue(agent.relations.isEmpty, "\(agent.relations)")
    }

    func testAFathersNameBeforeAFamilyName() {
        let graph = sharedExtractor.extract(text: "وقال المتحدث باسم الحكومة الكويتية جاسم محمد المزرم إن الكويت ترحب بالاتفاق.",
                                            document: "t.txt", date: "2024-05-01")
        XCTAssertEqual(role(graph, "jasm_mhmd_almzrm", "kuwait_government"), "spokesperson")
        let accused = edges("وتتهم إريتريا رئيس الوزراء الإثيوبي آبي أحمد بالسعي للسيطرة على ميناء عصب.", date: "2024-05-01")
        XCTAssertTrue(accused.contains("eritrea criticizes abiy_ahmed"), "\(accused)")
    }

    func testTheCooperationCouncilByItsShortNameInContext() {
        let titled = sharedExtractor.extract(text: "ورحب الأمين العام لمجلس التعاون خالد سعيد الكعبي بالاتفاق.", document: "t.txt",
                                             date: "2024-05-01")
        XCTAssertEqual(role(titled, "khald_said_alkabi", "gcc"), "secretary_general")
        let named = sharedExtractor.extract(text: """
            عقد الاجتماع في مقر الأمانة العامة لمجلس التعاون لدول الخليج العربية. وانتقد مجلس التعاون إيران.
            """, document: "t.txt", date: "2024-05-01")
        XCTAssertNotNil(named.relation(source: "gcc", type: .criticizes, target: "iran"))
        let other = sharedExtractor.extract(text: "وعقد مجلس التعاون الاستراتيجي بين تركيا واليونان اجتماعه في أثينا.", document: "t.txt",
                                            date: "2024-05-01")
        XCTAssertNil(other.entity(id: "gcc"))
    }

    func testABlocNamedForItsMembersIsNoPartner() {
        let among = edges("ودعت فرنسا إلى تعزيز التعاون بين دول الاتحاد الأوروبي.", date: "2024-05-01")
        XCTAssertFalse(among.contains("european_union cooperates_with france"), "\(among)")
        XCTAssertTrue(edges("ودعت فرنسا إلى تعزيز التعاون مع الاتحاد الأفريقي.", date: "2024-05-01")
            .contains("african_union cooperates_with france"))
    }

    func testArmsSentAreSupportAndTroopsSentADeployment() {
        XCTAssertEqual(edges("وأرسلت مصر شحنات من الأسلحة إلى الصومال.", date: "2024-09-01"), ["egypt supports somalia"])
        XCTAssertEqual(edges("The United States sent arms to Ukraine.", date: "2024-09-01"), ["united_states supports ukraine"])
        XCTAssertEqual(edges("وأرسلت كوريا الشمالية آلاف الجنود إلى روسيا.", date: "2024-09-01"), ["north_korea deploys_to russia"])
        XCTAssertEqual(edges("North Korea sent thousands of soldiers to Russia.", date: "2024-09-01"), ["north_korea deploys_to russia"])
        XCTAssertEqual(edges("ونقلت روسيا أسلحة نووية تكتيكية إلى بيلاروسيا.", date: "2024-09-01"), ["russia deploys_to belarus"])
        XCTAssertEqual(edges("وأرسلت تركيا مساعدات إنسانية إلى سوريا.", date: "2024-09-01"), ["turkey supports syria"])
    }

    func testTroopsSentToAStatesBorderStayOnTheSendersSide() {
        XCTAssertFalse(edges("Poland deployed more troops to the Belarus border.", date: "2023-08-10").contains("poland deploys_to belarus"))
        XCTAssertFalse(edges("Poland sends more troops to Belarus border as Wagner fighters arrive.", date: "2023-08-10")
            .contains("poland deploys_to belarus"))
        XCTAssertTrue(edges("Poland sent more troops to Belarus in a drill.", date: "2023-08-10").contains("poland deploys_to belarus"))
    }
}
