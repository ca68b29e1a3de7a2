import XCTest
@testable import Extraction

/// Pair phrases that call two states neighbours, a counterpart's state other than the host's,
/// Arabic particles of foreign names, English names with their article giving way to longer
/// phrases, ranks with an abbreviation's period after a title, "who currently chairs", a guest
/// named by nationality after "الضيف", and the leaders of Portugal and Cape Verde and the CPLP in
/// the lexicon.
final class NeighbourPairsCounterpartStatesAndParticlesTests: XCTestCase {
    func testTheTwoNeighboursBorderEachOther() {
        XCTAssertEqual(edges("Peru and Chile signed a fisheries pact on Monday. The two neighbours have quarrelled over the sea for decades.", date: "2025-11-01"),
                       ["chile cooperates_with peru", "chile borders peru"])
        XCTAssertEqual(edges("وقعت بيرو وتشيلي اتفاقا للصيد. ويتنازع البلدان الجاران على الحدود البحرية منذ عقود.", date: "2025-11-01"),
                       ["chile cooperates_with peru", "chile borders peru"])
    }

    func testAnEnglishNameWithItsArticleGivesWayToALongerPhrase() {
        let graph = sharedExtractor.extract(text: "Israeli troops raided the West Bank. The talks eased tension between the West African neighbors.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.map(\.id), ["israel", "israel_army", "west_bank"])
    }

    func testARankWithItsAbbreviationsPeriodAfterATitle() {
        XCTAssertEqual(edges("Malian leader Gen. Assimi Goita met Burkinabe President Capt. Ibrahim Traore. The Nigerien leader, Gen. Abdourahamane Tiani, said he would attend.", date: "2025-11-01"),
                       ["goita holds_role mali", "goita met_with ibrahim_traore", "ibrahim_traore holds_role burkina_faso", "tiani holds_role niger"])
    }

    func testAnAdverbBeforeAHeadingVerbInARelativeClause() {
        XCTAssertEqual(edges("Kenya's President William Ruto spoke. Ruto, who currently chairs the East African Community, said talks would resume.", date: "2025-11-01"),
                       ["william_ruto holds_role kenya", "william_ruto holds_role east_african_community"])
    }

    func testArabicParticlesOfForeignNamesJoinTheFamilyName() {
        XCTAssertEqual(edges("قال وزير الخارجية الهولندي كاسبار فان دير بيرغ إن بلاده مستعدة. وفرضت الولايات المتحدة عقوبات على قاضي المحكمة العليا البرازيلية فرناندو دي مورايس بسبب دوره.", date: "2025-11-01"),
                       ["kasbar_fan_dir_birgh holds_role netherlands", "frnando_di_morais holds_role brazil", "united_states sanctions frnando_di_morais"])
    }

    func testACounterpartServesAnotherStateThanTheOneWhoseCounterpartHeIs() {
        XCTAssertEqual(edges("وصل وزير الخارجية الإيراني عباس عراقجي إلى مينسك، عاصمة بيلاروس، في أول زيارة له إلى البلاد قادما من إيران. وكان في استقباله نظيره سيرغي كوزلوف.", date: "2025-11-01"),
                       ["araghchi holds_role iran", "minsk capital_of belarus", "sirghi_kozlof holds_role belarus", "araghchi met_with sirghi_kozlof",
                        "araghchi met_with belarus"])
    }

    func testAKnownCounterpartServesTheStateTheLexiconGives() {
        XCTAssertEqual(edges("وصل الرئيس البرتغالي مارسيلو ريبيلو دي سوزا إلى الرأس الأخضر في ذكرى استقلالها عن البرتغال. واستقبله نظيره جوزيه ماريا نيفيش.", date: "2025-07-05"),
                       ["rebelo_de_sousa holds_role portugal", "jose_maria_neves holds_role cape_verde", "cape_verde met_with rebelo_de_sousa",
                        "jose_maria_neves met_with rebelo_de_sousa"])
    }

    func testAGuestNamedByNationalityAfterTheDefiniteGuestWord() {
        XCTAssertEqual(edges("وصل الرئيس الغاني جون ماهاما إلى أبوجا. والتقى الضيف الغاني نائب الرئيس النيجيري كاشيم شيتيما.", date: "2025-11-01"),
                       ["john_dramani_mahama holds_role ghana", "kashim_shitima holds_role nigeria", "john_dramani_mahama met_with kashim_shitima",
                        "john_dramani_mahama met_with nigeria"])
    }

    func testPortugalsPresidentServesUntilMarch2026() {
        let graph = sharedExtractor.extract(text: "قال الرئيس البرتغالي إن بلاده مستعدة.", document: "t.txt", date: "2025-07-05")
        XCTAssertNotNil(graph.relation(source: "rebelo_de_sousa", type: .holdsRole, target: "portugal"))
        let later = sharedExtractor.extract(text: "قال الرئيس البرتغالي إن بلاده مستعدة.", document: "t.txt", date: "2026-06-01")
        XCTAssertNil(later.relation(source: "rebelo_de_sousa", type: .holdsRole, target: "portugal"))
    }

    func testTheCPLPAndCapeVerdesPrimeMinisterAreKnown() {
        XCTAssertEqual(edges("قال رئيس الوزراء أوليسيس كوريا إي سيلفا إن الرأس الأخضر عضو في مجموعة البلدان الناطقة بالبرتغالية.", date: "2025-11-01"),
                       ["correia_e_silva holds_role cape_verde", "cape_verde member_of cplp"])
    }
}
