import XCTest
import EntityGraph
@testable import Extraction

/// Companies described as owned by another, companies given as examples of their trade, states
/// named as another's partner in a bloc, Mali named after a noun in construct, convoys sent, and
/// blockades.
final class OwnersPartnersAndBlockadesTests: XCTestCase {
    func testADescribedCompanyBelongsToItsOwner() {
        XCTAssertEqual(edges("Corvane, a Belgian chipmaker owned by Japan's Hoshiro, cut output."),
                       ["corvane part_of hoshiro", "hoshiro part_of japan"])
        XCTAssertEqual(edges("Tarsel, a shipbuilder controlled by Turkey, won the deal."), ["tarsel part_of turkey"])
        XCTAssertEqual(entityKinds(in: "Corvane, a Belgian chipmaker, cut output."), ["corvane organization"])
    }

    func testACompanyGivenAsAnExampleOfItsTradeIsNamed() {
        XCTAssertEqual(entityKinds(in: "The tariffs hit European carmakers such as Renvalt."), ["renvalt organization"])
        XCTAssertEqual(entityKinds(in: "The tariffs hit European carmakers such as these."), [])
    }

    func testAStateNamedAsAnothersPartnerInABlocMakesBothMembers() {
        XCTAssertEqual(edges("قالت كازاخستان، شريكة روسيا في منظمة معاهدة الأمن الجماعي إلى جانب أرمينيا، إن الاجتماع مهم."),
                       ["armenia member_of csto", "kazakhstan member_of csto", "russia member_of csto"])
        XCTAssertEqual(edges("Lithuania, Poland's ally in NATO alongside Latvia, said the drills would go ahead."),
                       ["latvia allied_with lithuania", "latvia allied_with poland", "latvia member_of nato", "lithuania member_of nato",
                        "poland member_of nato"])
        XCTAssertEqual(edges("Kazakhstan, Russia's partner in the talks, said nothing."), [])
        XCTAssertEqual(edges("Poland's ally in NATO said the drills would go ahead."), [])
    }

    func testAVerbAfterAPartnersAppositionHasTheStateBeforeItAsSubject() {
        XCTAssertEqual(edges("وكانت بيلاروس، حليفة روسيا، قد أرسلت ذخائر إلى أرمينيا."),
                       ["belarus allied_with russia", "belarus supports armenia"])
    }

    func testMaliAfterAFeminineNounInConstructIsTheState() {
        XCTAssertEqual(entityKinds(in: "بحث الوزير مع حكومة مالي خطة شراكة مالية."), ["mali state"])
        XCTAssertEqual(entityKinds(in: "وقعت الحكومة اتفاقية مالية مع البنك."), [])
    }

    func testAConvoyOfFuelSentIsSupport() {
        XCTAssertEqual(edges("أرسلت النيجر قافلة وقود إلى مالي."), ["niger supports mali"])
    }

    func testABlockadeIsAnAttackUnlessLifted() {
        XCTAssertEqual(edges("فرضت روسيا حصارا على أوكرانيا."), ["russia attacks ukraine"])
        XCTAssertEqual(edges("Russia blockaded Ukraine's ports."), ["russia attacks ukraine"])
        XCTAssertEqual(edges("Turkey lifted its blockade of Armenia."), [])
    }
}
