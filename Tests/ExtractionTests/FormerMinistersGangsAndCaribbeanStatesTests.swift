import XCTest
@testable import Extraction

/// An indefinite "سابق" that names no one, a rival named by a given name, a portfolio that names
/// an institution, attacks suffered after a joined object, hyphened surnames, bodies named with a
/// noun of force or mission, gangs and their leaders, and a state named by its region.
final class FormerMinistersGangsAndCaribbeanStatesTests: XCTestCase {
    func testAFormerMinisterNamesNoOne() {
        XCTAssertEqual(edges("فاز الرئيس الكاميروني بول بيا بولاية ثامنة. وقال تشيروما، وهو وزير سابق انشق عن الحكومة في يونيو، إن الشعب قال كلمته."),
                       ["paul_biya holds_role cameroon"])
    }

    func testARivalNamedByAGivenName() {
        XCTAssertEqual(entityKinds(in: "أعلن منافسه الرئيسي عيسى مايغا فوزه."), ["aisa_maigha person"])
    }

    func testAPortfolioThatNamesAnInstitutionBeforeANewName() {
        let text = "فاز الرئيس الغابوني بريس أوليغي نغيما بالانتخابات. وقال وزير الإدارة المحلية بول ماري غوندجوت إن الاقتراع كان نزيها."
        XCTAssertEqual(offices(ofRole: "minister", in: text), ["gabon"])
    }

    func testAttacksSufferedAfterAnObjectJoinedBefore() {
        XCTAssertEqual(edges("وتواجه النيجر تمردا مسلحا في المناطق الحدودية الغربية وهجمات لجماعة بوكو حرام."), ["boko_haram attacks niger"])
    }

    func testAHyphenedSurnameAfterTwoGivenNames() {
        XCTAssertEqual(edges("Haiti's Prime Minister Alix Didier Fils-Aime thanked the council."), ["alix_didier_filsaime holds_role haiti"])
    }

    func testABodyNamedByANounOfForce() {
        XCTAssertEqual(entityKinds(in: "The council authorized a Gang Suppression Force for Haiti."),
                       ["gang_suppression_force organization", "haiti state"])
    }

    func testTheStatesNisbaAlsoNamesItsForce() {
        let graph = sharedExtractor.extract(text: "Soldiers from the Australian Defence Force arrived.", document: "t.txt", date: nil)
        XCTAssertEqual(graph.entity(id: "defence_force")?.aliases, ["Australian Defence Force", "Defence Force"])
    }

    func testAGangNamedAfterItsKindNounAndItsLeader() {
        XCTAssertEqual(entityKinds(in: "Police fought gangs such as Gran Grif in the Artibonite region."),
                       ["artibonite place", "gran_grif organization"])
        XCTAssertEqual(edges("The gang Gran Grif, a coalition led by former police officer Luckson Elan, attacked the town."),
                       ["luckson_elan holds_role gran_grif"])
    }

    func testTheCaribbeanNationIsTheCaribbeanStateNamedLast() {
        XCTAssertTrue(edges("Kenya has deployed police officers to Haiti. Kenya said it would continue to support the Caribbean nation.")
            .contains("kenya supports haiti"))
    }
}
