import XCTest
@testable import Extraction

/// Unknown names after a title with no office, states that join a bloc "along with" another,
/// Arab heads of government by date, and a state's own body named like an organisation.
final class BareTitlesAndCoMembersTests: XCTestCase {
    func testABareTitleIntroducesANewNameOnlyWithAGivenName() {
        let graph = sharedExtractor.extract(text: "وأكد الرئيس ضرورة وقف إطلاق النار في غزة.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), [], "ضرورة وقف إطلاق is no one's name")
        let ambassador = sharedExtractor.extract(text: "وصرح السفير محمد الشناوي بأن اللقاء كان مثمرا.", document: "t.txt")
        XCTAssertEqual(ambassador.entities.filter { $0.kind == .person }.map { $0.aliases.contains("محمد الشناوي") }, [true])
        let office = sharedExtractor.extract(text: "وقال المتحدث باسم الخارجية القطرية ماجد الأنصاري إن المفاوضات مستمرة.", document: "t.txt")
        XCTAssertEqual(office.relations.filter { $0.type == .holdsRole }.map(\.attributes["role"]), ["spokesperson"],
                       "an office makes any name a holder's")
    }

    func testStatesNamedAlongWithAMemberJoinToo() {
        XCTAssertEqual(edges("وانضمت إثيوبيا رسمياً إلى مجموعة بريكس في يناير 2024، إلى جانب مصر والإمارات."),
                       ["ethiopia member_of brics", "egypt member_of brics", "united_arab_emirates member_of brics"])
        XCTAssertEqual(edges("Indonesia joined BRICS in January 2025 along with Nigeria."), ["indonesia member_of brics", "nigeria member_of brics"])
        XCTAssertEqual(edges("Sweden joined NATO after a long wait, Finland having joined alongside Denmark's support."), ["sweden member_of nato"],
                       "a state after a clause is no co-member")
    }

    func testArabHeadsOfGovernmentByDate() {
        let text = "واستقبل رئيس الوزراء المصري وزير الخارجية الروسي في القاهرة."
        XCTAssertTrue(edges(text, date: "2016-03-01").contains("lavrov met_with sherif_ismail"), "\(edges(text, date: "2016-03-01"))")
        XCTAssertTrue(edges(text, date: "2024-03-01").contains("lavrov met_with madbouly"), "\(edges(text, date: "2024-03-01"))")
        XCTAssertTrue(edges("وقال رئيس الوزراء العراقي إن بغداد لن تكون ساحة للصراع.", date: "2021-01-10").contains("al_kadhimi holds_role iraq"))
    }

    func testAStatesOwnSecurityCouncilIsNotTheUNs() {
        let english = sharedExtractor.extract(text: "Dmitry Medvedev, deputy chairman of Russia's Security Council, said so.", document: "t.txt")
        XCTAssertEqual(english.entities.map(\.id).sorted(), ["medvedev", "russia", "russia_security_council"])
        XCTAssertEqual(edges("وقال مجلس الأمن القومي الأمريكي إن واشنطن تراقب الوضع."), ["united_states_security_council part_of united_states"])
        XCTAssertEqual(edges("وقال مجلس الأمن الروسي إن موسكو تراقب الوضع."), ["russia_security_council part_of russia"])
        let united = sharedExtractor.extract(text: "The UN Security Council met on Friday. وعقد مجلس الأمن جلسة.", document: "t.txt")
        XCTAssertEqual(united.entities.map(\.id), ["un_security_council"])
    }

    func testATitleInConstructWithAnotherOfficeHoldersNameIsHisAide() {
        let found = edges("لوكاشينكو يستقبل مبعوث ترامب في مينسك", date: "2025-09-11")
        XCTAssertFalse(found.contains { $0.contains("met_with trump") || $0.hasPrefix("trump met_with") }, "\(found)")
        XCTAssertTrue(edges("والتقى الرئيس الصيني وزير الخارجية لافروف.", date: "2024-05-01").contains("lavrov met_with xi_jinping"))
    }

    func testAQualifierBetweenATitlesNisbaAndTheName() {
        let graph = sharedExtractor.extract(text: "واستقبل لوكاشينكو المبعوث الأمريكي الخاص جون كول في مينسك.", document: "t.txt", date: "2025-09-11")
        XCTAssertEqual(graph.relations.filter { $0.type == .holdsRole }.map { "\($0.source) \($0.target) \($0.attributes["role"] ?? "")" },
                       ["jon_kol united_states envoy"])
    }

    func testButSheKeepsTheSubject() {
        let text = "ورحبت زعيمة المعارضة البيلاروسية سفيتلانا تيخانوفسكايا بالقرار، لكنها دعت الاتحاد الأوروبي إلى الإبقاء على العقوبات."
        XCTAssertTrue(edges(text).contains("tsikhanouskaya requests european_union"))
    }

    func testTheCommissionsPresidentHoldsHerRoleInTheCommission() {
        let arabic = "وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتحاد سيواصل دعم أوكرانيا."
        XCTAssertTrue(edges(arabic, date: "2025-08-16").contains("von_der_leyen holds_role european_commission"), "\(edges(arabic, date: "2025-08-16"))")
        XCTAssertTrue(edges("Commission President Ursula von der Leyen met Zelenskiy.", date: "2025-08-16")
            .contains("von_der_leyen holds_role european_commission"))
    }
}
