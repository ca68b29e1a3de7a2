import XCTest
import EntityGraph
@testable import Extraction

/// A colleague's state for a bare title; a backer is not asked; a demand on a noun in construct
/// asks its owner; the ally of a group; "-led" attacks; deeds named "what it called ..."; no
/// attack on a sea; "مستشار الأمن الوطني" and a given name spelled like a title; threats set on
/// a condition.
final class ColleaguesConditionsAndNamedDeedsTests: XCTestCase {
    func testABareTitleJoinedToAColleagueIsHeldInTheColleaguesState() {
        let graph = sharedExtractor.extract(text: """
            ورافق الرئيس الألماني فرانك فالتر شتاينماير في زيارته إلى الرباط وفد يضم وزيرة الخارجية أنالينا بيربوك ووزير الداخلية كارل مولر.
            """, document: "t.txt", date: "2023-05-01")
        XCTAssertEqual(role(graph, "karl_molr", "germany"), "interior_minister")
        XCTAssertNil(role(graph, "karl_molr", "morocco"))
    }

    func testABackerIsNotAskedAndADemandOnANounInConstructAsksItsOwner() {
        let backed = edges("وتطالب قوات سوريا الديمقراطية بالحكم الذاتي بدعم من الولايات المتحدة.", date: "2024-05-01")
        XCTAssertTrue(backed.contains("united_states supports sdf"), "\(backed)")
        XCTAssertFalse(backed.contains("sdf requests united_states"), "\(backed)")
        XCTAssertEqual(edges("وتطالب الولايات المتحدة بنزع سلاح حزب الله.", date: "2024-05-01"), ["united_states requests hezbollah"])
    }

    func testTheAllyOfAGroupAndAnAttackItLed() {
        XCTAssertEqual(edges("Hezbollah fired rockets into northern Israel in support of its ally Hamas.", date: "2023-10-08"),
                       ["hezbollah attacks israel", "hamas allied_with hezbollah"])
        XCTAssertEqual(edges("The Hamas-led attack on southern Israel triggered the war.", date: "2023-10-08"), ["hamas attacks israel"])
    }

    func testADeedNamedByWhatSomeoneCalledIt() {
        XCTAssertEqual(edges("Beijing lodged a protest over what it called Tokyo's interference in China's internal affairs.",
                             date: "2024-05-01"), ["china criticizes japan"])
        let arabic = edges("ورحبت تركيا بانتهاء ما وصفته بالعدوان الإسرائيلي على سوريا.", date: "2024-05-01")
        XCTAssertTrue(arabic.contains("turkey criticizes israel"), "\(arabic)")
        XCTAssertTrue(edges("Iran welcomed the end of Israel's aggression against Lebanon.", date: "2024-11-27").contains("israel attacks lebanon"))
    }

    func testMissilesIntoASeaAttackNoOne() {
        XCTAssertEqual(edges("North Korea launched a ballistic missile into the Sea of Japan.", date: "2024-05-01"), [])
    }

    func testANationalSecurityAdviserWhoseGivenNameIsSpelledLikeATitle() {
        let graph = sharedExtractor.extract(text: "ووقع الاتفاق عن الجانب الإماراتي مستشار الأمن الوطني مساعد بن خالد الكعبي.",
                                            document: "t.txt", date: "2024-05-01")
        XCTAssertEqual(role(graph, "msaad_bn_khald_alkabi", "united_arab_emirates"), "national_security_adviser")
    }

    func testAThreatSetOnACondition() {
        XCTAssertEqual(edges("Turkey warned that it would respond if Greece extended its territorial waters.", date: "2024-05-01"),
                       ["turkey threatens greece"])
        let arabic = edges("وحذر وزير الخارجية الإيطالي أنطونيو تاياني من أن بلاده سترد إذا أبقت ليبيا على قرارها.", date: "2024-05-01")
        XCTAssertTrue(arabic.contains("tajani threatens libya"), "\(arabic)")
        XCTAssertFalse(edges("وهدد الرئيس الروسي فلاديمير بوتين الغرب بعواقب وخيمة إذا سمح لأوكرانيا بضرب العمق الروسي.", date: "2024-09-13")
            .contains("putin threatens ukraine"))
    }
}
