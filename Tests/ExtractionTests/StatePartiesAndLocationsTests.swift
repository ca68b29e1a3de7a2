import XCTest
@testable import Extraction

/// Agreements between states whoever signs them, suspended ties and halted aid as reduced
/// relations, English verbs used as nouns, a bloc described before "that includes", Western
/// partners, location words, the border of where the sentence puts something, a border's
/// neighbour as no partner, a deed called a crime, and holders named as an office's founder or
/// leader.
final class StatePartiesAndLocationsTests: XCTestCase {
    func testAnAgreementSignedByLeadersIsBetweenTheirStates() {
        XCTAssertEqual(edges("Macron and Scholz signed a defence agreement in Paris."), ["france cooperates_with germany", "macron met_with scholz"])
        XCTAssertTrue(edges("وقع ماكرون وشولتس اتفاقية دفاعية في باريس.").contains("france cooperates_with germany"))
    }

    func testAnEnglishVerbUsedAsANounAfterWithOrAgainst() {
        XCTAssertEqual(edges("Ankara will comply with Western sanctions against Moscow."), [], "Turkey imposes none")
        XCTAssertEqual(edges("Warsaw threatened Minsk with new sanctions."), ["poland threatens belarus"])
        XCTAssertEqual(edges("Warsaw sanctions Minsk."), ["poland sanctions belarus"])
    }

    func testABlocDescribedBeforeThatIncludes() {
        let text = "Modi attended a summit of the Shanghai Cooperation Organisation (SCO), the China-led security bloc that also includes Pakistan and Iran."
        XCTAssertEqual(edges(text), ["pakistan member_of sco", "iran member_of sco"])
    }

    func testWesternPartnersAreTheWest() {
        XCTAssertEqual(edges("Zelensky urged Western partners to send more air defence systems."), ["zelensky requests west"])
        XCTAssertEqual(edges("Russia struck western Ukraine."), ["russia attacks ukraine"])
    }

    func testALocationWordPlacesAPlace() {
        XCTAssertEqual(edges("وتسيطر روسيا على منطقة أبخازيا الواقعة شمال غرب جورجيا."), ["abkhazia located_in georgia"])
        XCTAssertEqual(edges("The talks were held in Abkhazia, located in northwestern Georgia."), ["abkhazia located_in georgia"])
    }

    func testTheBorderOfWhereTheSentencePutsSomething() {
        XCTAssertEqual(edges("ونشرت روسيا قوات في بيلاروسيا قرب الحدود مع أوكرانيا."), ["belarus borders ukraine", "russia deploys_to belarus"])
        XCTAssertEqual(edges("وأجرت بيلاروسيا مناورات قرب الحدود مع بولندا."), ["belarus borders poland"], "the neighbour is no partner")
    }

    func testADeedCalledACrimeIsCriticised() {
        let text = "وشنت روسيا هجوما صاروخيا على كييف، وصفه الرئيس البولندي أندريه دودا بأنه جريمة حرب."
        XCTAssertEqual(edges(text), ["duda holds_role poland", "russia attacks ukraine", "duda criticizes russia"])
        XCTAssertEqual(edges("وقال الرئيس البولندي أندريه دودا إن ما يجري جريمة حرب."), ["duda holds_role poland"], "no deed was told")
    }

    func testAHolderNamedAsTheFounderOrLeaderOfAnOffice() {
        let founder = sharedExtractor.extract(text: "The Georgian Dream party, founded by tycoon Bidzina Ivanishvili, won again.", document: "t.txt")
        XCTAssertEqual(role(founder, "ivanishvili", "georgian_dream"), "founder")
        XCTAssertEqual(edges("وقاتلت مجموعة فاغنر التي يتزعمها يفغيني بريغوجين في باخموت."), ["prigozhin holds_role wagner"])
        XCTAssertEqual(edges("The Ukrainian delegation was led by Rustem Umerov."), [], "a delegation is no office")
    }
}
