import XCTest
@testable import Extraction

/// A noun in an English participle's phrase after a comma is said of the sentence's main
/// subject, not of a bloc named in apposition to it.
final class ParticiplePhraseNounsTests: XCTestCase {
    func testANounInAParticiplesPhraseIsTheMainSubjects() {
        let found = edges("Bulgaria, a member of NATO and the European Union, has sent military aid to Ukraine, reversing years of close ties with Moscow.")
        XCTAssertTrue(found.contains("bulgaria cooperates_with russia"), "\(found)")
        XCTAssertFalse(found.contains("european_union cooperates_with nato"), "\(found)")
    }
}
