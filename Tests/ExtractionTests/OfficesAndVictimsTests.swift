import XCTest
import EntityGraph
@testable import Extraction

/// An office described before its holder's name; the one a deed befell is not the object of the
/// verb about it; a long relative clause between a verb's subject and its object; pronouns after
/// joined verbs; what an accused nisba is accused of.
final class OfficesAndVictimsTests: XCTestCase {
    func testAutonomyBetweenAnOfficeAndItsHoldersName() {
        let graph = sharedExtractor.extract(text: "وقالت حاكمة إقليم غاغاوزيا ذي الحكم الذاتي إيفغينيا غوتسول إن الإقليم يحتاج الدعم.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map { $0.aliases.contains("إيفغينيا غوتسول") }, [true])
        XCTAssertEqual(graph.relations.count, 0, "a region is no office of holds_role")
    }

    func testTheOneADeedBefellIsNotCriticised() {
        XCTAssertEqual(edges("Russia condemned the jailing of Alexei Navalny."), [])
        XCTAssertEqual(edges("موسكو تندد بسجن حاكمة غاغاوزيا."), [])
        XCTAssertEqual(edges("وأدانت روسيا اعتقال السلطات المولدوفية لحاكمة غاغاوزيا."), ["russia criticizes moldova"])
    }

    func testLongRelativeClauseBetweenSubjectAndObject() {
        XCTAssertEqual(edges("ويطالب الاتحاد الأوروبي، الذي منح مولدوفا صفة الدولة المرشحة للعضوية عام 2022، سلطات كيشيناو بمواصلة مكافحة الفساد."),
                       ["european_union requests moldova"])
    }

    func testPronounAfterAJoinedVerbIsTheObjectOfTheFirst() {
        XCTAssertTrue(edges("والتقت ساندو الرئيس الروسي فلاديمير بوتين، وطلبت منه دعم الإقليم.").contains("sandu requests putin"))
    }

    func testAccusedNisbaDoesWhatItIsAccusedOf() {
        XCTAssertEqual(edges("Russia accused Serbian arms makers of supplying ammunition to Ukraine."),
                       ["russia criticizes serbia", "serbia supports ukraine"])
        XCTAssertEqual(attribute("modality", of: "serbia supports ukraine", in: "Russia accused Serbian arms makers of supplying ammunition to Ukraine."),
                       "reported")
    }

    func testNormalisingItsRelationsIsCooperation() {
        XCTAssertEqual(edges("وقال إن تركيا مستعدة لتطبيع علاقاتها مع أرمينيا."), ["armenia cooperates_with turkey"])
    }
}
