import XCTest
@testable import Extraction

/// Organisations or states spelled out after a noun phrase that a state qualifies are the object of the
/// frame, not their state; a state said to brandish its weapons or to practise nuclear blackmail
/// is criticised by the speaker.
final class SanctionedCompaniesAndBrandishedWeaponsTests: XCTestCase {
    func testCompaniesInAppositionAreTheSanctionedOnes() {
        let english = edges("Washington imposed sanctions on Russia's two biggest oil producers, Rosneft and Lukoil, on Wednesday.")
        XCTAssertEqual(english.filter { $0.contains("sanctions") }.sorted(),
                       ["united_states sanctions lukoil", "united_states sanctions rosneft"], "\(english)")
        let arabic = edges("وفرضت واشنطن عقوبات على أكبر شركتين نفطيتين روسيتين، روسنفت ولوك أويل.")
        XCTAssertEqual(arabic.filter { $0.contains("sanctions") }.sorted(),
                       ["united_states sanctions lukoil", "united_states sanctions rosneft"], "\(arabic)")
    }

    func testStatesInAppositionAreTheObjectButAVerbAfterTheCommaKeepsTheQualifyingState() {
        let states = edges("The European Union imposed sanctions on Russia's two closest allies, Belarus and Iran.")
        XCTAssertFalse(states.contains("european_union sanctions russia"), "\(states)")
        XCTAssertTrue(states.contains("european_union sanctions belarus") && states.contains("european_union sanctions iran"), "\(states)")
        let speaker = edges("Washington imposed sanctions on Russian oil exports, Rosneft said on Thursday.")
        XCTAssertTrue(speaker.contains("united_states sanctions russia"), "\(speaker)")
        XCTAssertFalse(speaker.contains("united_states sanctions rosneft"), "\(speaker)")
    }

    func testBrandishingNuclearWeaponsIsTheSpeakersCriticism() {
        let arabic = edges("واعتبر وزير الخارجية الأوكراني أندريه سيبيها أن «روسيا تلوّح بالسلاح النووي لأنها عاجزة في ساحة المعركة».")
        XCTAssertTrue(arabic.contains("sybiha criticizes russia"), "\(arabic)")
        let english = edges("Ukrainian Foreign Minister Andrii Sybiha said Russia was brandishing nuclear weapons because it had failed.")
        XCTAssertTrue(english.contains("sybiha criticizes russia"), "\(english)")
        let blackmail = edges("وقال رئيس الوزراء البولندي دونالد توسك إن موسكو تمارس الابتزاز النووي.")
        XCTAssertTrue(blackmail.contains("tusk criticizes russia"), "\(blackmail)")
    }
}
