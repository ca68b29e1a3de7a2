import XCTest
import EntityGraph
@testable import Extraction

/// Phrases written before an Arabic verb's subject, people named after a descriptive noun, the
/// state an apposition describes before a border, "The country" and the dateline's state, dual
/// relative pronouns, given names taken from known people, and adjectives before "في".
final class FrontedPhrasesAndDescribedPeopleTests: XCTestCase {
    func testPhraseBeforeTheSubjectIsTheObject() {
        XCTAssertEqual(edges("وينتشر في إقليم أبخازيا نحو خمسة آلاف جندي روسي منذ 2008."),
                       ["russia_army part_of russia", "russia deploys_to georgia"])
    }

    func testAttributiveParticipleIsNoEventBetweenSubjectAndVerb() {
        XCTAssertEqual(edges("Moscow ran a coordinated online campaign to promote the nationalist candidate Ion Petrescu."),
                       ["russia supports ion_petrescu"])
    }

    func testPersonNamedAfterADescriptiveNoun() {
        let graph = sharedExtractor.extract(text: "Opposition politician Maria Kolesnikova remains in prison.", document: "t.txt")
        XCTAssertEqual(graph.entities.map(\.id), ["maria_kolesnikova"])
        XCTAssertEqual(graph.entities.first?.kind, .person)
    }

    func testDescriptiveNounBeforeLowerCaseWordsNamesNobody() {
        XCTAssertEqual(sharedExtractor.extract(text: "The candidate said the vote was unfair.", document: "t.txt").entities.count, 0)
    }

    func testBorderOfTheStateAnAppositionDescribes() {
        let found = edges("Slovakia, a member of the European Union and NATO, shares a 97-kilometer border with Ukraine.")
        XCTAssertTrue(found.contains("slovakia borders ukraine") || found.contains("ukraine borders slovakia"))
        XCTAssertFalse(found.contains { $0.contains("borders") && $0.contains("nato") })
    }

    func testTheCountryOpeningASentenceIsThePreviousOpeningState() {
        XCTAssertTrue(edges("Slovakia joined NATO in 2004 alongside Latvia. The country has been a steady supporter of Kyiv.")
            .contains("slovakia supports ukraine"))
    }

    func testUnqualifiedTitleTakesTheDatelinesStateBeforeTheLastForeignOffice() {
        let text = "CHISINAU, Moldova (AP) — March 3, 2025\nMoldova's gas talks collapsed after Russian President Vladimir Putin spoke on Monday.\nPrime Minister Dorin Recean said the talks had failed."
        XCTAssertEqual(offices(ofRole: "prime_minister", in: text), ["moldova"])
    }

    func testDualRelativePronounTakesTheListBeforeIt() {
        XCTAssertEqual(edges("يشارك البلدان في منظمة شنغهاي للتعاون ومجموعة بريكس، اللتين تضمان الصين والهند."),
                       ["china member_of sco", "india member_of sco", "china member_of brics", "india member_of brics"])
    }

    func testGivenNameOfAKnownPersonWithASurnameOfTheSameSkeleton() {
        XCTAssertTrue(edges("التقى الرئيس الكازاخي قاسم توكاييف في أستانا نظيره القيرغيزي صادر جباروف.", date: "2025-05-14")
            .contains("japarov met_with tokayev"))
    }

    func testAdjectiveBetweenARegionAndItsState() {
        XCTAssertEqual(edges("وقعت اشتباكات في منطقة قره باغ الجبلية في أذربيجان."), ["nagorno_karabakh located_in azerbaijan"])
    }
}
