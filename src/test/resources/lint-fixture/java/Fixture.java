// Broken on purpose: read by I18nLintTest, never compiled.
class Fixture {
    String missing = "ratecard.fixture.java.missing";
    String status(String s) { return "ratecard.fixture.status." + s; }
}
