import XCTest
import EntityGraph
@testable import Extraction

/// Defence chiefs' English titles, a group's leader after "the paramilitary", and a Latin name's
/// voiced S written س or ز.
final class DefenceChiefTitlesAndVoicedSibilantsTests: XCTestCase {
    func testAChiefOfDefenceForcesCommandsHisCountrysForces() {
        let graph = sharedExtractor.extract(text: "Kiir met Kenya's chief of defence forces, Charles Kahariri.", document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "charles_kahariri", "kenya"), "commander")
        XCTAssertEqual(edges("Kiir met Kenya's chief of defence forces, Charles Kahariri.", date: "2025-11-20"),
                       ["charles_kahariri holds_role kenya", "charles_kahariri met_with salva_kiir"])
    }

    func testAChiefOfTheDefenceStaffCommandsHisCountrysForces() {
        let graph = sharedExtractor.extract(text: "Britain's Chief of the Defence Staff, Richard Knighton, warned of Russian threats.",
                                            document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "richard_knighton", "united_kingdom"), "commander")
    }

    func testTheLeaderOfTheParamilitaryGroupAfterACommaIsItsLeader() {
        let text = "Kiir held telephone talks with Sudan's army chief Abdel Fattah al-Burhan and the leader of the paramilitary Rapid Support Forces, Mohamed Hamdan Dagalo."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "hemedti", "rsf"), "leader")
        XCTAssertTrue(edges(text, date: "2025-11-20").isSuperset(of: ["hemedti met_with salva_kiir", "burhan met_with salva_kiir"]))
    }

    func testAVoicedSibilantBetweenVowelsIsSpelledEitherWay() {
        XCTAssertTrue(NameVariants.variants(of: "غويدو كروسيتو").contains("غويدو كروزيتو"))
        XCTAssertTrue(NameVariants.variants(of: "كروزيتو").contains("كروسيتو"))
        XCTAssertFalse(NameVariants.variants(of: "يوسف").contains("يوزف"))
    }

    func testTheMinisterSpelledWithZIsTheKnownMinister() {
        XCTAssertEqual(personIDs(in: "استقبل الرئيس جوزيف عون وزير الدفاع الإيطالي غويدو كروزيتو في بعبدا."), ["crosetto", "joseph_aoun"])
    }

    func testLebanonsArmyCommanderIsKnown() {
        let graph = sharedExtractor.extract(text: "وقال قائد الجيش العماد رودولف هيكل إن الجيش منتشر.", document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "rodolphe_haykal", "lebanon"), "commander")
    }
}
