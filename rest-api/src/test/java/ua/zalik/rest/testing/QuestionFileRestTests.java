package ua.zalik.rest.testing;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ua.zalik.rest.auth.Csrf;
import ua.zalik.rest.auth.TestSessions;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GIFT, Aiken and Moodle XML files through REST: upload, mistakes named by line, size limit, download, round trip. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionFileRestTests {

    static final String GIFT = """
            $CATEGORY: $course$/top/Europe

            ::Capital::What is the capital of Ukraine? {=Kyiv ~Lviv ~Odesa}

            $CATEGORY: $course$/top/Europe/Rivers

            ::Dnipro::The Dnipro flows through Kyiv. {T}
            """;

    static final String AIKEN = """
            Яка столиця України?
            А) Львів
            Б) Київ
            ANSWER: Б
            """;

    @Autowired MockMvc mvc;
    @Autowired SchoolFixture fixture;
    @Autowired TestSessions sessions;

    @Test
    void aGiftFileBecomesQuestionsInSubCategoriesNamedByTheFile() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = category(w.teacher(), "Geography");

        upload(w.teacher(), category, "geo.gift", GIFT).andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].name").value("Capital"))
                .andExpect(jsonPath("$[1].body.type").value("TRUE_FALSE"));

        String categories = body(get("/api/testing/categories"), w.teacher());
        List<Integer> europe = JsonPath.read(categories, "$[?(@.name == 'Europe' && @.parentId == " + category + ")].id");
        assertThat(europe).hasSize(1);
        List<Integer> rivers = JsonPath.read(categories, "$[?(@.name == 'Rivers' && @.parentId == " + europe.getFirst() + ")].id");
        assertThat(rivers).hasSize(1);
        assertThat(questionNames(w.teacher(), rivers.getFirst())).containsExactly("Dnipro");
    }

    @Test
    void aTxtFileInAikenShapeIsReadAsAikenAndOtherwiseAsGift() throws Exception {
        SchoolFixture.World w = fixture.create();
        long aiken = category(w.teacher(), "Aiken");
        long gift = category(w.teacher(), "Gift");

        upload(w.teacher(), aiken, "questions.txt", AIKEN).andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].body.type").value("SINGLE_CHOICE"))
                .andExpect(jsonPath("$[0].text").value("Яка столиця України?"));
        upload(w.teacher(), gift, "questions.txt", "::Q::2 + 2 = 4 {T}").andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].body.type").value("TRUE_FALSE"));
    }

    @Test
    void aFileWithAMistakeStoresNothingAndTheProblemNamesTheLine() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = category(w.teacher(), "Careful");
        String tooLongName = "::" + "N".repeat(250) + "::Too long a name {T}";

        upload(w.teacher(), category, "mixed.gift", "::Fine::Fine question {T}\n\n" + tooLongName + "\n")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "рядок 3: назва питання має бути не довшою за 200 символів")));
        upload(w.teacher(), category, "broken.gift", "::Fine::Fine question {T}\n\n::Broken::No closing brace {=a ~b\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].line").value(3));

        assertThat(questionNames(w.teacher(), category)).isEmpty();
    }

    @Test
    void aBadFilesProblemsComeInUkrainianByDefaultAndInEnglishWhenAsked() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = category(w.teacher(), "Languages");
        String bad = "::Fine::Fine question {T}\n\n::Broken::No closing brace {=a ~b\n\n::Pi::Pi? {#3,14}\n";

        upload(w.teacher(), category, "bad.gift", bad).andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("""
                        файл GIFT не імпортовано, проблем: 2
                        рядок 3: відповіді, відкриті {, не закрито }
                        рядок 5: числовій відповіді потрібне число, а тут «3,14» (десяткову частину відокремлюйте крапкою «.»)"""))
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].text").value("відповіді, відкриті {, не закрито }"))
                .andExpect(jsonPath("$.problems[1].line").value(5));
        upload(w.teacher(), category, "bad.gift", bad, "en-GB,en;q=0.9").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("""
                        the GIFT file was not imported: 2 problems
                        line 3: the answers opened with { are not closed with }
                        line 5: a numeric answer needs a number, got '3,14' (write the decimal point as '.')"""))
                .andExpect(jsonPath("$.problems[1].text").value("a numeric answer needs a number, got '3,14' (write the decimal point as '.')"));
        upload(w.teacher(), category, "empty.xml", "<quiz></quiz>", "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the Moodle XML file holds no questions"))
                .andExpect(jsonPath("$.problems.length()").value(0));
        assertThat(questionNames(w.teacher(), category)).isEmpty();
    }

    @Test
    void anUnknownExtensionOrFormatIsABadRequestThatSaysWhatToDo() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = category(w.teacher(), "Formats");

        upload(w.teacher(), category, "questions.docx", GIFT).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("назвіть файл .gift, .txt або .xml чи вкажіть ?format=gift|aiken|moodle-xml"));
        upload(w.teacher(), category, "questions.docx", GIFT, "en").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("name the file .gift, .txt or .xml, or say ?format=gift|aiken|moodle-xml"));
        mvc.perform(get("/api/testing/categories/" + category + "/export?format=aiken").with(sessions.as(w.teacher())))
                .andExpect(status().isBadRequest()).andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUploadOverOneMegabyteIsA413Problem() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = category(w.teacher(), "Big");
        String big = "::Q::" + "x".repeat(1024 * 1024) + " {T}";

        upload(w.teacher(), category, "big.gift", big)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(questionNames(w.teacher(), category)).isEmpty();
    }

    @Test
    void anExportImportedElsewhereGivesBackTheSameFile() throws Exception {
        SchoolFixture.World w = fixture.create();
        long source = category(w.teacher(), "Source");
        upload(w.teacher(), source, "geo.gift", GIFT).andExpect(status().isCreated());
        mvc.perform(post("/api/testing/categories/" + source + "/questions").with(sessions.as(w.teacher())).with(Csrf.token(mvc))
                .contentType(MediaType.APPLICATION_JSON).content(TestingRestTests.SINGLE_CHOICE)).andExpect(status().isCreated());

        for (String format : List.of("gift", "moodle-xml")) {
            MockHttpServletResponse exported = download(w.teacher(), source, format);
            long target = category(w.teacher(), "Target " + format);
            mvc.perform(post("/api/testing/categories/" + target + "/questions/import-file?format=" + format)
                            .with(sessions.as(w.teacher())).with(Csrf.token(mvc))
                            .contentType(format.equals("gift") ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_XML)
                            .content(exported.getContentAsByteArray()))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(3));

            assertThat(download(w.teacher(), target, format).getContentAsString(StandardCharsets.UTF_8)).as(format)
                    .isEqualTo(exported.getContentAsString(StandardCharsets.UTF_8)).contains("Kyiv", "Dnipro", "Rivers");
        }
    }

    @Test
    void theDownloadHasTheFormatsTypeAndAFileNameThatCannotEscape() throws Exception {
        SchoolFixture.World w = fixture.create();
        long category = category(w.teacher(), "../Геометрія \"7\"\r\nX-Evil: 1");

        MockHttpServletResponse gift = download(w.teacher(), category, "gift");
        assertThat(gift.getContentType()).isEqualTo("text/plain;charset=UTF-8");
        ContentDisposition disposition = ContentDisposition.parse(gift.getHeader(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("Геометрія_7_X-Evil_1.txt");
        assertThat(gift.getHeader("X-Evil")).isNull();

        MockHttpServletResponse xml = download(w.teacher(), category, "moodle-xml");
        assertThat(xml.getContentType()).isEqualTo("application/xml;charset=UTF-8");
        assertThat(ContentDisposition.parse(xml.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename()).endsWith(".xml");
    }

    @Test
    void aFileNameOfNothingOrOfAWindowsDeviceBecomesExport() {
        assertThat(Downloads.safeName("  /..\"  ")).isEqualTo("export");
        assertThat(Downloads.safeName("CON")).isEqualTo("export");
        assertThat(Downloads.safeName("lpt1")).isEqualTo("export");
        assertThat(Downloads.safeName("Console")).isEqualTo("Console");
    }

    private org.springframework.test.web.servlet.ResultActions upload(Account who, long category, String fileName, String text)
            throws Exception {
        return upload(who, category, fileName, text, null);
    }

    private org.springframework.test.web.servlet.ResultActions upload(Account who, long category, String fileName, String text,
                                                                      String languages) throws Exception {
        var request = multipart("/api/testing/categories/" + category + "/questions/import-file")
                .file(new MockMultipartFile("file", fileName, MediaType.TEXT_PLAIN_VALUE, text.getBytes(StandardCharsets.UTF_8)))
                .with(sessions.as(who)).with(Csrf.token(mvc));
        return mvc.perform(languages == null ? request : request.header(HttpHeaders.ACCEPT_LANGUAGE, languages));
    }

    private MockHttpServletResponse download(Account who, long category, String format) throws Exception {
        return mvc.perform(get("/api/testing/categories/" + category + "/export?format=" + format).with(sessions.as(who)))
                .andExpect(status().isOk()).andReturn().getResponse();
    }

    private long category(Account who, String name) throws Exception {
        String json = mvc.perform(post("/api/testing/categories").with(sessions.as(who)).with(Csrf.token(mvc))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": " + quoted(name) + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private List<String> questionNames(Account who, long category) throws Exception {
        return JsonPath.read(body(get("/api/testing/categories/" + category + "/questions"), who), "$.items[*].name");
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Account who) throws Exception {
        return mvc.perform(request.with(sessions.as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
