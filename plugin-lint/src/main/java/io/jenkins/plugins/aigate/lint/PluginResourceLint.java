package io.jenkins.plugins.aigate.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a Jenkins plugin's views without Jenkins: Maven cannot build the plugin where the Jenkins repository is
 * unreachable, so these mistakes would otherwise surface only at render time, or never (an unescaped view).
 * <ul>
 *   <li>every {@code .jelly} is well-formed XML and declares {@code <?jelly escape-by-default='true'?>};</li>
 *   <li>every {@code ${%Key}} in {@code view.jelly} has an entry in {@code view.properties} next to it;</li>
 *   <li>every form field ({@code <f:entry field="x">}) has {@code help-x.html} (or {@code .jelly}) next to it.</li>
 * </ul>
 */
public final class PluginResourceLint {

    private static final String FORM_NAMESPACE = "/lib/form";
    private static final Pattern LOCALIZED_KEY = Pattern.compile("\\$\\{%([^(}]*)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ESCAPE_BY_DEFAULT = Pattern.compile("escape-by-default\\s*=\\s*(['\"])true\\1");

    private final DocumentBuilderFactory factory;

    /** A lint with a parser that reads no DTDs and resolves no external entities. */
    public PluginResourceLint() {
        factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }

    /**
     * Checks every view under {@code resourceRoot} (a plugin's {@code src/main/resources}).
     *
     * @return the problems found, in file order; empty when the resources are clean
     * @throws IOException if the directory cannot be walked or a file read
     */
    public List<Problem> check(Path resourceRoot) throws IOException {
        List<Path> views;
        try (Stream<Path> files = Files.walk(resourceRoot)) {
            views = files.filter(p -> p.getFileName().toString().endsWith(".jelly") && Files.isRegularFile(p))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
        List<Problem> problems = new ArrayList<>();
        for (Path view : views) {
            problems.addAll(checkView(view));
        }
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(resourceRoot)) {
            bundles = files.filter(p -> p.getFileName().toString().endsWith(".properties") && Files.isRegularFile(p))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
        for (Path bundle : bundles) {
            problems.addAll(checkMessages(bundle));
        }
        return problems;
    }

    /** Every message of a properties file (views' and {@code Messages.properties}) goes through MessageFormat. */
    public List<Problem> checkMessages(Path propertiesFile) throws IOException {
        PropertyResourceBundle bundle;
        try (InputStream in = Files.newInputStream(propertiesFile)) {
            bundle = new PropertyResourceBundle(in);
        } catch (IllegalArgumentException e) {
            return List.of(new Problem(propertiesFile, DefectKind.UNREADABLE_PROPERTIES, e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.keySet())) {
            if (LONE_APOSTROPHE.matcher(bundle.getString(key)).find()) {
                problems.add(new Problem(propertiesFile, DefectKind.LONE_APOSTROPHE, key));
            }
        }
        return problems;
    }

    /** Checks one Jelly view and the properties and help files it refers to. */
    public List<Problem> checkView(Path view) throws IOException {
        List<Problem> problems = new ArrayList<>();
        String text = Files.readString(view, StandardCharsets.UTF_8);
        Document document;
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            document = builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            problems.add(new Problem(view, DefectKind.MALFORMED_XML,
                    "line " + e.getLineNumber() + ": " + e.getMessage()));
            return problems;
        } catch (SAXException | ParserConfigurationException e) {
            problems.add(new Problem(view, DefectKind.MALFORMED_XML, String.valueOf(e.getMessage())));
            return problems;
        }
        if (!escapesByDefault(document)) {
            problems.add(new Problem(view, DefectKind.NOT_ESCAPED_BY_DEFAULT, view.getFileName().toString()));
        }
        problems.addAll(checkLocalizedKeys(view, text));
        problems.addAll(checkHelpFiles(view, document));
        return problems;
    }

    /** The declaration must precede the root element: Jelly reads it from the prolog only. */
    private static boolean escapesByDefault(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof ProcessingInstruction pi && "jelly".equals(pi.getTarget())
                    && ESCAPE_BY_DEFAULT.matcher(pi.getData()).find()) {
                return true;
            }
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                return false;
            }
        }
        return false;
    }

    private static List<Problem> checkLocalizedKeys(Path view, String text) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = LOCALIZED_KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        String base = view.getFileName().toString().replaceFirst("\\.jelly$", "");
        Path propertiesFile = view.resolveSibling(base + ".properties");
        Set<String> defined = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        if (Files.isRegularFile(propertiesFile)) {
            // read as Stapler does: PropertyResourceBundle, UTF-8 with an ISO-8859-1 fallback
            try (InputStream in = Files.newInputStream(propertiesFile)) {
                defined.addAll(new PropertyResourceBundle(in).keySet());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(propertiesFile, DefectKind.UNREADABLE_PROPERTIES, e.getMessage()));
                return problems;
            }
        }
        for (String key : keys) {
            if (!defined.contains(key)) {
                problems.add(new Problem(view, DefectKind.MISSING_LOCALIZATION,
                        key + " (expected in " + propertiesFile.getFileName() + ")"));
            }
        }
        return problems;
    }

    private static List<Problem> checkHelpFiles(Path view, Document document) {
        List<Problem> problems = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        NodeList entries = document.getElementsByTagNameNS(FORM_NAMESPACE, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            String field = ((Element) entries.item(i)).getAttribute("field");
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        for (String field : fields) {
            boolean found = Files.isRegularFile(view.resolveSibling("help-" + field + ".html"))
                    || Files.isRegularFile(view.resolveSibling("help-" + field + ".jelly"));
            if (!found) {
                problems.add(new Problem(view, DefectKind.MISSING_HELP, field + " (expected help-" + field + ".html)"));
            }
        }
        return problems;
    }

    /**
     * Runs the lint from a shell: {@code java ... PluginResourceLint plugin/src/main/resources}.
     * Exit 0 when clean, 1 with problems (one per line on standard error), 2 on bad usage.
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream err) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            err.println("usage: PluginResourceLint <plugin resources directory>");
            return 2;
        }
        List<Problem> problems = new PluginResourceLint().check(Path.of(args[0]));
        problems.forEach(err::println);
        return problems.isEmpty() ? 0 : 1;
    }
}
