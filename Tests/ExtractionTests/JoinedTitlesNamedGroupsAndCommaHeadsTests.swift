import XCTest
@testable import Extraction

/// Two titles of one person joined before the name, states listed as the group they form, the
/// head of an Arabic relative clause after a comma, given names written with the article, and
/// Sudan's and Iraq's places.
final class JoinedTitlesNamedGroupsAndCommaHeadsTests: XCTestCase {
    private func entities(_ text: String) -> Set<String> {
        Set(sharedExtractor.extract(text: text, document: "t.txt").entities.map(\.id))
    }

    func testTheFirstOfTwoJoinedTitlesIsTheSecondNamesHolders() {
        let found = edges("وقال رئيس مجلس السيادة وقائد الجيش السوداني عبد الفتاح البرهان إن الحرب مستمرة.")
        XCTAssertTrue(found.contains("burhan holds_role sudan_sovereignty_council"), "\(found)")
        XCTAssertTrue(found.contains("burhan holds_role sudan"), "\(found)")
    }

    func testABareArmyInATitleIsTheArmyTheStoryNamed() {
        let found = edges("انتشر الجيش اللبناني في الجنوب. وقال قائد الجيش العماد جان قهوجي إن الانتشار مستمر.")
        XCTAssertTrue(found.contains("jan_qhoji holds_role lebanon"), "\(found)")
        XCTAssertEqual(edges("وقال قائد الجيش العماد جان قهوجي إن الانتشار مستمر."), [], "no army named before")
    }

    func testJoinedTitlesOfTwoStatesNameTwoPeople() {
        let found = edges("وقال وزير الخارجية الروسي ووزير الدفاع الصيني دونغ جون إن التعاون مستمر.")
        XCTAssertTrue(found.contains("dong_jun holds_role china"), "\(found)")
        XCTAssertFalse(found.contains("dong_jun holds_role russia"), "\(found)")
    }

    func testStatesListedAsAGroupKnownByANameAreItsMembers() {
        let known = edges("The United States, Saudi Arabia, Egypt and the UAE, a group known as the Quad, proposed a truce.")
        XCTAssertEqual(known.filter { $0.hasSuffix("member_of quad") }.sorted(),
                       ["egypt member_of quad", "saudi_arabia member_of quad", "united_arab_emirates member_of quad", "united_states member_of quad"])
        let soCalled = edges("Britain, France and Germany, the so-called E3, triggered the snapback mechanism.")
        XCTAssertEqual(soCalled.filter { $0.hasSuffix("member_of e3") }.count, 3, "\(soCalled)")
        let arabic = edges("وكانت فرنسا وبريطانيا وألمانيا، المعروفة باسم الترويكا الأوروبية، قد فعلت آلية العودة السريعة.")
        XCTAssertEqual(arabic.filter { $0.hasSuffix("member_of e3") }.count, 3, "\(arabic)")
    }

    func testOneStateKnownAsSomethingJoinsNoGroup() {
        let found = edges("Britain, known as a close ally of NATO, sent troops.")
        XCTAssertFalse(found.contains { $0.contains("member_of") }, "\(found)")
    }

    func testTheHeadBeforeACommaIsTheObjectOfAVerbWithItsPronoun() {
        let found = edges("وانتقد البرهان بولس لتبنيه مواقف الإمارات، التي يتهمها الجيش السوداني بتسليح الدعم السريع.")
        XCTAssertTrue(found.contains("sudan criticizes united_arab_emirates"), "\(found)")
        XCTAssertFalse(found.contains("sudan criticizes rsf"), "\(found)")
    }

    func testAGivenNameWrittenWithTheArticleOpensAName() {
        let found = edges("وقال المتحدث الرسمي باسم قوات الدعم السريع الفاتح قرشي إن قواتهم حررت المدينة.")
        XCTAssertTrue(found.contains("alfath_qrshi holds_role rsf"), "\(found)")
    }

    func testWestKordofanIsAPlaceNotTheWest() {
        let english = entities("The RSF seized the Heglig oil field and the town of Babanusa in West Kordofan.")
        XCTAssertTrue(english.isSuperset(of: ["heglig", "west_kordofan", "babanusa"]), "\(english)")
        XCTAssertFalse(english.contains("west"), "\(english)")
        XCTAssertTrue(entities("وسيطرت قوات الدعم السريع على بلدة في ولاية غرب كردفان.").contains("west_kordofan"))
    }
}
