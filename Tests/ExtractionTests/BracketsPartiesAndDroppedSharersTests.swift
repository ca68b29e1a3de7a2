import XCTest
import EntityGraph
@testable import Extraction

/// Lists going on after words in brackets, critics in Arabic, parties named before "Party", forces
/// written in the accusative after a verb of hosting, and borders shared by a verb with no subject.
final class BracketsPartiesAndDroppedSharersTests: XCTestCase {
    func testAListGoesOnAfterAnAcronymInBrackets() {
        let found = edges("وتعد إستونيا، العضو في حلف شمال الأطلسي (ناتو) والاتحاد الأوروبي، دولة صغيرة.")
        XCTAssertTrue(found.isSuperset(of: ["estonia member_of nato", "estonia member_of european_union"]), "\(found)")
    }

    func testAnArabicCriticNounCriticises() {
        XCTAssertTrue(edges("وتعد لاتفيا من منتقدي روسيا في الاتحاد.").contains("latvia criticizes russia"))
    }

    func testCapitalisedWordsBeforePartyNameAParty() {
        let graph = sharedExtractor.extract(text: "Ilie Bolojan, the leader of the center-right National Liberal Party, spoke.", document: "t.txt", date: nil)
        XCTAssertNotNil(graph.entity(id: "national_liberal_party"))
    }

    func testForcesInTheAccusativeAfterAVerbOfHostingLeaveTheObjectOpen() {
        XCTAssertTrue(edges("وتستضيف ليتوانيا لواءً ألمانياً منذ عامين.").contains("germany deploys_to lithuania"))
    }

    func testAVerbOfSharingWithNoSubjectTakesTheFirstStateOfItsSentence() {
        let found = edges("وتعد ليتوانيا من منتقدي روسيا، وتتقاسم حدوداً مع بيلاروس وجيب كالينينغراد الروسي.")
        XCTAssertTrue(found.isSuperset(of: ["belarus borders lithuania", "kaliningrad borders lithuania"]), "\(found)")
        XCTAssertFalse(found.contains("belarus borders russia"), "\(found)")
        XCTAssertTrue(edges("فنلندا تتقاسم حدوداً طويلة مع روسيا.").contains("finland borders russia"))
    }
}
