package io.github.ratecard.packaging.linkage;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.junit.Test;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** The host linkage check, on jars made of small fixture classes: what it requires, and that it fails when it must. */
public class HostLinkageTest {

    private static final String TEXT_FIELD = "com/atlassian/jira/issue/customfields/impl/GenericTextCFType";
    private static final String READ_VALUE = "(Lcom/atlassian/jira/issue/fields/CustomField;Lcom/atlassian/jira/issue/Issue;)";
    private static final String OBJECT_VALUE = "invokevirtual com.atlassian.jira.issue.customfields.impl.GenericTextCFType#getValueFromIssue("
            + "com.atlassian.jira.issue.fields.CustomField,com.atlassian.jira.issue.Issue):java.lang.Object";
    private static final String STRING_VALUE = OBJECT_VALUE.replace(":java.lang.Object", ":java.lang.String");
    private static final String URL = "https://docs.atlassian.com/software/jira/docs/api/10.3.0/x.html";

    private final Map<String, byte[]> jar = new HashMap<>();
    private final Map<String, String> xml = new HashMap<>();

    @Test
    public void callOnAnAppSubclass_shouldBeRequiredOfTheFirstHostSuperclassWithItsExactDescriptor() {
        add(FixtureClass.named("io/github/ratecard/Field").extending(TEXT_FIELD)
                .calling(Opcodes.INVOKEVIRTUAL, "io/github/ratecard/Field", "getValueFromIssue", READ_VALUE + "Ljava/lang/String;"));

        assertTrue(required().contains(STRING_VALUE));
    }

    @Test
    public void descriptorThatDiffersFromTheReviewedList_shouldFailNamingTheMemberTheCallerAndTheListedSignature() {
        add(FixtureClass.named("io/github/ratecard/Field").extending(TEXT_FIELD)
                .calling(Opcodes.INVOKEVIRTUAL, "io/github/ratecard/Field", "getValueFromIssue", READ_VALUE + "Ljava/lang/String;"));

        List<String> problems = list("extends com.atlassian.jira.issue.customfields.impl.GenericTextCFType " + URL,
                "type com.atlassian.jira.issue.Issue " + URL, "type com.atlassian.jira.issue.fields.CustomField " + URL,
                OBJECT_VALUE + " " + URL).problems(linkage());

        assertEquals(2, problems.size());
        assertThat(problems.get(0), containsString("not in the reviewed host API list: " + STRING_VALUE));
        assertThat(problems.get(0), containsString("used by io.github.ratecard.Field"));
        assertThat(problems.get(0), containsString("the list has instead: " + OBJECT_VALUE));
        assertThat(problems.get(1), containsString("listed but no longer used (remove the line): " + OBJECT_VALUE));
    }

    @Test
    public void callMatchingTheReviewedList_shouldPass() {
        add(FixtureClass.named("io/github/ratecard/Field").extending(TEXT_FIELD)
                .calling(Opcodes.INVOKEVIRTUAL, "io/github/ratecard/Field", "getValueFromIssue", READ_VALUE + "Ljava/lang/Object;"));

        List<String> problems = list("extends com.atlassian.jira.issue.customfields.impl.GenericTextCFType " + URL,
                "type com.atlassian.jira.issue.Issue " + URL, "type com.atlassian.jira.issue.fields.CustomField " + URL,
                OBJECT_VALUE + " " + URL).problems(linkage());

        assertEquals(List.of(), problems);
    }

    @Test
    public void membersTheAppOrTheJdkDeclares_shouldNotBeRequired() {
        add(FixtureClass.named("io/github/ratecard/Own")
                .method("own", "()Ljava/lang/Object;", code -> code.visitInsn(Opcodes.ACONST_NULL))
                .calling(Opcodes.INVOKEVIRTUAL, "io/github/ratecard/Own", "own", "()Ljava/lang/Object;")
                .calling(Opcodes.INVOKEVIRTUAL, "io/github/ratecard/Own", "toString", "()Ljava/lang/String;")
                .calling(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I"));
        add(FixtureClass.named("io/github/ratecard/Failure").extending("java/lang/RuntimeException")
                .calling(Opcodes.INVOKEVIRTUAL, "io/github/ratecard/Failure", "getMessage", "()Ljava/lang/String;"));

        assertEquals(Set.of(), required());
    }

    @Test
    public void theSameMemberCalledAsAnInterfaceOrAsAClass_shouldBeTwoDifferentRequirements() {
        add(FixtureClass.named("io/github/ratecard/Caller")
                .calling(Opcodes.INVOKEINTERFACE, "com/atlassian/jira/issue/Issue", "getKey", "()Ljava/lang/String;"));

        List<String> problems = list("invokevirtual com.atlassian.jira.issue.Issue#getKey():java.lang.String " + URL).problems(linkage());

        assertThat(String.join("\n", problems), containsString("not in the reviewed host API list: invokeinterface com.atlassian.jira.issue.Issue#getKey()"));
        assertThat(String.join("\n", problems), containsString("listed but no longer used (remove the line): invokevirtual com.atlassian.jira.issue.Issue#getKey()"));
    }

    @Test
    public void methodReference_shouldBeRequiredLikeACall() {
        Handle bootstrap = metafactory();
        Handle getKey = new Handle(Opcodes.H_INVOKEINTERFACE, "com/atlassian/jira/issue/Issue", "getKey", "()Ljava/lang/String;", true);
        add(FixtureClass.named("io/github/ratecard/Keys").method("keys", "()Ljava/lang/Object;", code ->
                code.visitInvokeDynamicInsn("apply", "()Ljava/util/function/Function;", bootstrap,
                        Type.getType("(Ljava/lang/Object;)Ljava/lang/Object;"), getKey,
                        Type.getType("(Lcom/atlassian/jira/issue/Issue;)Ljava/lang/String;"))));

        assertTrue(required().contains("invokeinterface com.atlassian.jira.issue.Issue#getKey():java.lang.String"));
    }

    @Test
    public void lambdaImplementingAHostInterface_shouldBeRequiredAsAnOverrideOfItsMethod() {
        Handle body = new Handle(Opcodes.H_INVOKESTATIC, "io/github/ratecard/Work", "lambda$0", "()Ljava/lang/Object;", false);
        add(FixtureClass.named("io/github/ratecard/Work").method("work", "()Ljava/lang/Object;", code ->
                code.visitInvokeDynamicInsn("doInTransaction", "()Lcom/atlassian/sal/api/transaction/TransactionCallback;", metafactory(),
                        Type.getType("()Ljava/lang/Object;"), body, Type.getType("()Ljava/lang/Object;"))));

        assertTrue(required().contains("override com.atlassian.sal.api.transaction.TransactionCallback#doInTransaction():java.lang.Object"));
    }

    @Test
    public void callOnAnAppClass_shouldSearchTheSuperclassesBeforeTheInterfacesAsTheJvmDoes() {
        add(FixtureClass.named("io/github/ratecard/Base").extending("com/atlassian/jira/web/action/JiraWebActionSupport"));
        add(FixtureClass.named("io/github/ratecard/Action").extending("io/github/ratecard/Base").implementing("java/lang/Runnable")
                .calling(Opcodes.INVOKEVIRTUAL, "io/github/ratecard/Action", "run", "()V"));

        assertTrue(required().toString(), required().contains("invokevirtual com.atlassian.jira.web.action.JiraWebActionSupport#run():void"));
    }

    @Test
    public void appMethodOverridingAHostMethod_shouldBeRequiredAsAnOverride() {
        add(FixtureClass.named("io/github/ratecard/Shown").implementing("com/atlassian/plugin/web/Condition")
                .method("shouldDisplay", "(Ljava/util/Map;)Z", code -> code.visitInsn(Opcodes.ICONST_1)));

        assertThat(required().toString(), containsString("override com.atlassian.plugin.web.Condition#shouldDisplay(java.util.Map):boolean"));
        assertTrue(required().contains("implements com.atlassian.plugin.web.Condition"));
    }

    @Test
    public void hostClassNamedInTheDescriptor_shouldBeARequiredType() {
        xml.put("atlassian-plugin.xml", "<customfield-searcher class=\"com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher\"/>"
                + "<servlet class=\"io.github.ratecard.Page\"/><bean class=\"java.time.Clock\"/>");

        assertEquals(Set.of("type com.atlassian.jira.issue.customfields.searchers.ExactTextSearcher"), required());
    }

    @Test
    public void lineWithoutAJavadocAddress_shouldFail() {
        assertThat(String.join("\n", list("type com.atlassian.jira.issue.Issue").problems(linkage())),
                containsString("is not 'KIND MEMBER https://javadoc-page'"));
    }

    @Test
    public void jira10Citations_shouldBeCountedByTheirAddress() {
        HostApiList list = list("type com.atlassian.jira.issue.Issue " + URL,
                "type com.atlassian.sal.api.UrlMode https://docs.atlassian.com/sal-api/5.1.3/com/atlassian/sal/api/UrlMode.html");

        assertEquals(1, list.citingJira10());
    }

    @Test
    public void libraryMemberThatTheLibrarysJarHas_shouldPassTheSecondCheck() {
        LibraryApi libraries = new LibraryApi(getClass().getClassLoader());

        assertEquals(java.util.Optional.empty(), libraries.problem(HostMember.parse("invokestatic",
                "javax.ws.rs.core.Response#status(javax.ws.rs.core.Response$Status):javax.ws.rs.core.Response$ResponseBuilder")));
        assertEquals(java.util.Optional.empty(), libraries.problem(HostMember.parse("invokeinterface",
                "org.slf4j.Logger#warn(java.lang.String,java.lang.Object[]):void")));
    }

    @Test
    public void libraryMemberWithAnotherReturnType_shouldFailTheSecondCheckNamingTheJar() {
        LibraryApi libraries = new LibraryApi(getClass().getClassLoader());

        java.util.Optional<String> problem = libraries.problem(HostMember.parse("invokestatic",
                "javax.ws.rs.core.Response#status(javax.ws.rs.core.Response$Status):javax.ws.rs.core.Response"));

        assertTrue(problem.isPresent());
        assertThat(problem.get(), containsString("javax.ws.rs-api"));
    }

    @Test
    public void libraryMemberListedWithTheWrongKindOfUse_shouldFailTheSecondCheck() {
        LibraryApi libraries = new LibraryApi(getClass().getClassLoader());

        assertTrue(libraries.problem(HostMember.parse("invokevirtual", "org.slf4j.Logger#warn(java.lang.String,java.lang.Object[]):void")).isPresent());
        assertTrue(libraries.problem(HostMember.parse("invokevirtual",
                "javax.ws.rs.core.Response#status(javax.ws.rs.core.Response$Status):javax.ws.rs.core.Response$ResponseBuilder")).isPresent());
        assertTrue(libraries.problem(HostMember.parse("extends", "javax.ws.rs.ext.ExceptionMapper")).isPresent());
    }

    @Test
    public void typeDeclaredOnlyByTheAppsCompileOnlyDeclarations_shouldBeLeftToTheReviewer() {
        assertEquals(java.util.Optional.empty(), new LibraryApi(getClass().getClassLoader()).problem(HostMember.parse("invokeinterface",
                "com.atlassian.jira.issue.Issue#noSuchMethod():void")));
    }

    private static Handle metafactory() {
        return new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false);
    }

    private void add(FixtureClass fixture) {
        jar.put(fixture.name(), fixture.bytes());
    }

    private SortedMap<HostMember, SortedSet<String>> linkage() {
        return new HostLinkage(jar, "io/github/ratecard/", getClass().getClassLoader()).requirements(xml);
    }

    private Set<String> required() {
        return linkage().keySet().stream().map(HostMember::toString).filter(line -> !line.startsWith("type ") || xml.size() > 0)
                .collect(Collectors.toSet());
    }

    private static HostApiList list(String... lines) {
        return HostApiList.parse(String.join("\n", lines));
    }
}
