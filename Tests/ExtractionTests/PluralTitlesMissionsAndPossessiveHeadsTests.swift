import XCTest
@testable import Extraction

/// English titles in the plural (holders named after them, or offices without a holder), former
/// holders named in pairs, missions named by an acronym in apposition, and a title after the
/// "Its" that opens a sentence.
final class PluralTitlesMissionsAndPossessiveHeadsTests: XCTestCase {
    func testAPluralTitleBeforeTwoNamesGivesEachTheirOffice() {
        let found = edges("Prime Ministers Keir Starmer and Mark Carney met in Ottawa on Monday.")
        XCTAssertTrue(found.isSuperset(of: ["starmer holds_role united_kingdom", "carney holds_role canada", "carney met_with starmer"]), "\(found)")
    }

    func testAPluralTitleWithoutNamesNamesNoHolder() {
        XCTAssertEqual(edges("The presidents of Russia and China met in Beijing."), ["china met_with russia"])
        let whose = edges("Sweden and Norway, whose prime ministers met Finnish President Alexander Stubb in Stockholm.")
        XCTAssertEqual(whose, ["stubb holds_role finland", "norway met_with stubb", "stubb met_with sweden"])
    }

    func testFormerHoldersNamedInPairsAreBothPeople() {
        XCTAssertEqual(entityKinds(in: "Touadera faces former prime ministers Anicet-Georges Dologuele and Henri-Marie Dondra."),
                       ["anicetgeorges_dologuele person", "henrimarie_dondra person"])
    }

    func testAMissionNamedByAnAcronymInAppositionAndItsHead() {
        let text = "The African Union monitoring mission, AUMIS, said it had sent observers. Its head, Amadou Diallo, urged calm."
        XCTAssertEqual(edges(text), ["aumis part_of african_union", "amadou_diallo holds_role aumis"])
        XCTAssertEqual(entityKinds(in: "The mission, AUMIS, said it had sent observers."), [], "no known body before the acronym")
        XCTAssertEqual(edges("The mission said it had sent observers. Its head, Amadou Diallo, urged calm."), [])
    }
}
