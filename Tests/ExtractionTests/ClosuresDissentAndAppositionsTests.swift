import XCTest
@testable import Extraction

/// Border closures, dissidents named by a state's nisba, joint exercises with adjectives, states
/// named again in apposition, treaties that bind, conjoined agents, relative clauses that judge a
/// deed, appositions that hold a border, coordinated verb phrases, force used against a target
/// and drills "between the" two states.
final class ClosuresDissentAndAppositionsTests: XCTestCase {
    func testClosingABorderReducesRelationsWithTheNeighbour() {
        XCTAssertEqual(edges("Finland sealed its frontier with Russia in 2023."), ["finland borders russia", "finland sanctions russia"])
        XCTAssertEqual(edges("قررت إستونيا إغلاق معبرين على الحدود مع روسيا."), ["estonia borders russia", "estonia sanctions russia"])
        XCTAssertEqual(edges("لم تغلق لاتفيا حدودها مع روسيا."), ["latvia borders russia"], "a negated closure")
        XCTAssertEqual(edges("Lithuania closed the Russian consulate in Klaipeda."), ["lithuania sanctions russia"])
    }

    func testANisbaAfterAnOppositionNounIsNoActor() {
        XCTAssertEqual(edges("وتنتشر جماعات المعارضة الكردية السورية المتمركزة في شمال العراق منذ سنوات."), [])
        XCTAssertEqual(edges("Turkey says Syrian opposition groups are stationed in Iraq."), [])
        XCTAssertEqual(edges("Belarusian opposition leader Sviatlana Tsikhanouskaya spoke in Vilnius."),
                       ["tsikhanouskaya holds_role belarus"], "a title keeps its nisba")
    }

    func testJointExercisesListTheirPartiesPastAnAdjective() {
        XCTAssertEqual(edges("انطلقت التدريبات العسكرية المصرية السعودية المشتركة في البحر الأحمر."), ["egypt cooperates_with saudi_arabia"])
    }

    func testStatesNamedInAppositionToThePairAreThePair() {
        let text = "زار وزير الخارجية الأميركي موسكو. ووقع البلدان، أرمينيا وأذربيجان، اتفاق سلام في واشنطن."
        XCTAssertTrue(edges(text).contains("armenia cooperates_with azerbaijan"), "\(edges(text))")
        XCTAssertFalse(edges(text).contains("russia cooperates_with united_states"), "\(edges(text))")
    }

    func testATreatyThatBindsTwoStatesMakesThemMembers() {
        XCTAssertEqual(edges("Kazakhstan and Kyrgyzstan are bound by the Eurasian Economic Union treaty."),
                       ["kazakhstan member_of eaeu", "kyrgyzstan member_of eaeu"])
        XCTAssertEqual(edges("وترتبط أرمينيا وكازاخستان بمعاهدة منظمة معاهدة الأمن الجماعي."),
                       ["armenia member_of csto", "kazakhstan member_of csto"])
    }

    func testConjoinedNisbasAreAgentsOfOneEvent() {
        XCTAssertEqual(edges("وتصاعد التوتر بعد الغارات الأميركية والبريطانية على اليمن."),
                       ["united_kingdom attacks yemen", "united_states attacks yemen"])
    }

    func testARelativeVerbJudgesTheDeedBeforeIt() {
        let found = edges("تصاعد التوتر بعد الغارات الأميركية والبريطانية على اليمن، والتي أدانتها موسكو.")
        XCTAssertTrue(found.contains("russia criticizes united_states"), "\(found)")
        XCTAssertTrue(found.contains("russia criticizes united_kingdom"), "\(found)")
    }

    func testAnAppositionHoldsTheBordersOfTheStateItDescribes() {
        XCTAssertEqual(edges("Armenia, a landlocked country of 2.9 million people sandwiched between Turkey and Azerbaijan, held elections."),
                       ["armenia borders azerbaijan", "armenia borders turkey"])
    }

    func testAnInfinitiveAfterAnAppositionBelongsToItsHead() {
        XCTAssertEqual(edges("Georgia, a former Soviet republic bordering Russia and Turkey, applied to join the European Union."),
                       ["georgia borders russia", "georgia borders turkey", "georgia requests european_union"])
    }

    func testAVerbJoinedByAndKeepsTheMainSubject() {
        let found = edges("Kaja Kallas visited Kyiv in May and pledged 3 billion euros to support Ukraine's army.")
        XCTAssertTrue(found.contains("kallas supports ukraine"), "\(found)")
    }

    func testForceUsedAgainstATargetIsAnAttack() {
        XCTAssertEqual(edges("Russia used cluster munitions against Ukrainian towns."), ["russia attacks ukraine"])
        XCTAssertEqual(edges("استخدمت إسرائيل القنابل الفوسفورية ضد قرى لبنانية."), ["israel attacks lebanon"])
        XCTAssertEqual(edges("Police used tear gas against protesters in Tbilisi."), [])
    }

    func testDrillsBetweenTheTwoStatesAreTheirCooperation() {
        XCTAssertEqual(edges("The annual drills between the United States and the Philippines began on Monday."),
                       ["philippines cooperates_with united_states"])
    }
}
