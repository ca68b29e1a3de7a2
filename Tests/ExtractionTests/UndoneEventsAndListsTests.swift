import XCTest
@testable import Extraction

/// Events their own sentence undoes (sanctions lifted; support ended, which reduces relations),
/// weapons received as support, and lists of states that end where another word starts.
final class UndoneEventsAndListsTests: XCTestCase {
    func testLiftedOrEasedSanctionsAreNoSanction() {
        XCTAssertEqual(edges("The European Union lifted sanctions on Syria in May."), [])
        XCTAssertEqual(edges("Canada has eased the sanctions against Venezuela."), [])
        XCTAssertEqual(edges("وقرر الاتحاد الأوروبي تخفيف العقوبات على سوريا."), [])
        XCTAssertEqual(edges("وأعلنت كندا تعليق العقوبات على فنزويلا."), [])
        XCTAssertEqual(edges("Canada imposed new sanctions on Venezuela."), ["canada sanctions venezuela"], "imposing stays a sanction")
        XCTAssertEqual(edges("Slovakia vetoed new EU sanctions against Iran."), [], "vetoed sanctions are none")
        XCTAssertEqual(edges("وعرقلت المجر العقوبات الأوروبية الجديدة على إيران."), [])
    }

    func testEndedSupportReducesRelations() {
        XCTAssertEqual(edges("Hungary will halt its support for Ukraine."), ["hungary sanctions ukraine"])
        XCTAssertEqual(edges("وأعلنت المجر وقف دعم أوكرانيا."), ["hungary sanctions ukraine"])
        XCTAssertEqual(edges("Hungary will keep its support for Ukraine."), ["hungary supports ukraine"])
    }

    func testABorderListEndsAtAWordThatIsNoConnector() {
        XCTAssertEqual(edges("Latvia closed its border with Belarus during the drills that Russia and Belarus held."),
                       ["belarus borders latvia", "belarus cooperates_with russia", "latvia sanctions belarus"])
        XCTAssertEqual(edges("أغلقت لاتفيا حدودها مع بيلاروسيا خلال مناورات أجرتها روسيا."), ["belarus borders latvia", "latvia sanctions belarus"])
        XCTAssertEqual(edges("Finland borders Norway and Sweden as well as Russia."),
                       ["finland borders norway", "finland borders sweden", "finland borders russia"])
        XCTAssertEqual(edges("Serbia borders Bosnia and NATO member Croatia."),
                       ["bosnia_and_herzegovina borders serbia", "croatia borders serbia", "croatia member_of nato"])
    }

    func testReceivingWeaponsFromAStateIsItsSupport() {
        XCTAssertEqual(edges("وتسلمت أرمينيا دفعة جديدة من المدافع من فرنسا."), ["france supports armenia"])
        XCTAssertEqual(edges("Taiwan took delivery of the first F-16 jets from the United States."), ["united_states supports taiwan"])
        XCTAssertEqual(edges("وتلقت مصر رسالة من قطر."), [], "a letter is no support")
    }

    func testADirectionWrittenAfterABorderingStateIsItsOwn() {
        let text = "وتحد لاتفيا إستونيا من الشمال، وروسيا من الشرق."
        XCTAssertEqual(edges(text), ["estonia borders latvia", "latvia borders russia"])
        XCTAssertEqual(attribute("direction", of: "latvia borders russia", in: text), "east")
        XCTAssertEqual(attribute("direction", of: "estonia borders latvia", in: text), "south",
                       "stored from Estonia, whose neighbour Latvia lies to the south")
    }

    func testAnAppositionBetweenTheBorderingStateAndItsNeighbour() {
        XCTAssertEqual(edges("وتحد فنلندا، العضو الجديد في الحلف، روسيا من الشرق."), ["finland borders russia"])
    }

    func testSolidarityWithAStateIsSupport() {
        XCTAssertEqual(edges("وأعربت السويد والنرويج عن تضامنهما مع الدنمارك."), ["sweden supports denmark", "norway supports denmark"])
        XCTAssertEqual(edges("Estonia expressed solidarity with Finland."), ["estonia supports finland"])
    }

    func testAnAidPackageForAStateIsSupport() {
        XCTAssertEqual(edges("Sweden announced a new military aid package for Ukraine on Monday."), ["sweden supports ukraine"])
    }

    func testThePassiveAgentIsNotWhatHappened() {
        let text = "Kuwait was invaded by Iraq in August 1990."
        XCTAssertEqual(edges(text), ["iraq attacks kuwait"])
        XCTAssertNil(attribute("what", of: "iraq attacks kuwait", in: text))
    }

    func testTroopsSentToABorderAreNotSentAcrossIt() {
        XCTAssertEqual(edges("وأعلنت فنلندا نشر آلاف الجنود على حدودها مع روسيا."), ["finland borders russia"])
        XCTAssertEqual(edges("Latvia deployed 3,000 troops to its border with Belarus."), ["belarus borders latvia"])
        XCTAssertEqual(edges("Russia deployed 3,000 troops to Belarus."), ["russia deploys_to belarus"])
    }

    func testMembersNamedAfterARelativeClauseOnTheBloc() {
        XCTAssertEqual(edges("وتأسست منظمة معاهدة الأمن الجماعي عام 2002. وتضم المنظمة، التي يقع مقرها في موسكو، روسيا وبيلاروسيا وكازاخستان."),
                       ["russia member_of csto", "belarus member_of csto", "kazakhstan member_of csto"])
    }

    func testEventsAfterAConditionAreOnlySupposed() {
        XCTAssertEqual(edges("وقال الوزير إنه إذا هاجمت روسيا بولندا فإن الحلف سيرد بقوة."), [])
        XCTAssertEqual(edges("ولو غزت الصين تايوان لفرضت الولايات المتحدة عقوبات على بكين."), [])
        XCTAssertEqual(edges("NATO will respond if Russia attacks Lithuania."), ["nato threatens russia"],
                       "the attack is only supposed; the response promised if it comes threatens")
        XCTAssertEqual(edges("Poland asked NATO for help if Belarus attacks."), ["poland requests nato"], "what comes before the condition stands")
    }

    func testRecallingAnAmbassadorReducesRelationsButRecallingAWarDoesNot() {
        XCTAssertEqual(edges("Georgia recalled its ambassador from Moscow."), ["georgia sanctions russia"])
        XCTAssertEqual(edges("Tbilisi recalled the 2008 war with Russia."), [])
    }

    func testNeighboursNamedAfterAStateBorderIt() {
        XCTAssertEqual(edges("Belarus' neighbors Poland and Lithuania condemned the move."), ["belarus borders poland", "belarus borders lithuania"])
        XCTAssertEqual(edges("Norway, a neighbour of Russia, closed its consulate."), ["norway borders russia"])
        XCTAssertEqual(edges("Finland's neighbour Russia protested."), ["finland borders russia"])
    }

    func testAnArabicNeighbourNamedAfterItsOwner() {
        XCTAssertEqual(edges("واتهمت بيلاروسيا جارتها ليتوانيا بالاستفزاز."), ["belarus borders lithuania", "belarus criticizes lithuania"])
    }
}
