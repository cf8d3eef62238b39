package org.example.consumer;

import static org.osteomet.core.ClaimPredicate.BENEFIT;
import static org.osteomet.core.ClaimPredicate.PRECAUTION;
import static org.osteomet.core.ClaimPredicate.SIDE_EFFECT;
import static org.osteomet.core.ClaimPredicate.UNDER_STUDY;
import static org.osteomet.core.ClaimStatus.DISPUTED;

import java.util.List;
import org.osteomet.content.ContentLoader;
import org.osteomet.core.Claim;
import org.osteomet.core.ClaimStatus;
import org.osteomet.core.Content;
import org.osteomet.core.ObjectGroup;
import org.osteomet.core.Safety;
import org.osteomet.core.StatedClaim;

/** Answers seven everyday questions from the packaged content through the public API, and prints the answers. */
public final class ContentQuestions {
    private static final Content CONTENT = ContentLoader.load();

    private ContentQuestions() {}

    public static void main(String[] args) {
        System.out.println("1. Side effects of zoledronic acid, its own and its class's:");
        String zoledronate = CONTENT.lookup("zoledronic acid").orElseThrow().id();
        for (ObjectGroup g :
                CONTENT.query().subject(zoledronate).includingClasses().predicate(SIDE_EFFECT).groupedByObject()) {
            String frequency = g.frequency().map(f -> " (" + f.label() + ")").orElse("");
            System.out.println("- " + CONTENT.nameOf(g.object()) + frequency + ", " + g.status().label()
                    + ", stated for " + names(g.statedFor()) + " " + g.sources());
        }

        System.out.println("2. Before starting denosumab:");
        String denosumab = CONTENT.lookup("Xgeva").orElseThrow().id();
        CONTENT.query().subject(denosumab).includingClasses().predicate(PRECAUTION).list()
                .forEach(s -> System.out.println("- " + statement(s)));

        System.out.println("3. Treatments that relieve pain:");
        String painRelief = CONTENT.lookup("pain relief").orElseThrow().id();
        CONTENT.query().predicate(BENEFIT).object(painRelief).includingClasses().list().stream()
                .map(ContentQuestions::subject).distinct().forEach(s -> System.out.println("- " + s));

        System.out.println("4. When cancer has spread to many bones:");
        String manyBones = CONTENT.lookup("spread to many bones").orElseThrow().id();
        CONTENT.query().objectOrPopulation(manyBones).list().forEach(s -> System.out.println("- " + statement(s)));

        System.out.println("5. Disputed statements, and what to show instead:");
        for (StatedClaim disputed : CONTENT.query().status(DISPUTED).list()) {
            System.out.println("- " + statement(disputed) + "\n  instead: " + CONTENT.preferredOver(disputed.claim())
                    .map(ContentQuestions::statement).orElse("both, as disputed"));
        }

        System.out.println("6. With kidney problems:");
        String kidneyProblems = CONTENT.lookup("poor kidney function").orElseThrow().id();
        Safety kidneys = CONTENT.query().includingClasses().safetyIn(kidneyProblems);
        System.out.println("- unsafe: " + subjects(kidneys.contraindicated()) + "\n- caution: "
                + subjects(kidneys.caution()) + "\n- safe: " + subjects(kidneys.safe()) + "\n- can cause them: "
                + subjects(kidneys.sideEffects()));

        System.out.println("7. Treatments being studied:");
        CONTENT.query().predicate(UNDER_STUDY).list().forEach(s -> System.out.println("- " + statement(s)));
    }

    /** Returns a claim in words: subject — predicate: object (hedge), comparison, and its status unless normal. */
    static String statement(StatedClaim stated) {
        Claim claim = stated.claim();
        return subject(stated) + " — " + (claim.qualifiers().negated() ? "not " : "") + claim.predicate().label()
                + ": " + CONTENT.nameOf(claim.object())
                + (claim.qualifiers().hedge() == null ? "" : " (" + claim.qualifiers().hedge().label() + ")")
                + (claim.qualifiers().comparison() == null ? "" : ", " + claim.qualifiers().comparison().label() + ": "
                        + claim.qualifiers().aspect())
                + (stated.status() == ClaimStatus.NORMAL ? "" : " [" + stated.status().label() + "]");
    }

    /** Returns the concept a claim answers for, and the class it was stated for if it is inherited. */
    static String subject(StatedClaim stated) {
        String about = CONTENT.nameOf(stated.about());
        return stated.inherited() ? about + " (as " + CONTENT.nameOf(stated.statedFor()) + ")" : about;
    }

    static List<String> subjects(List<StatedClaim> answers) {
        return answers.stream().map(ContentQuestions::subject).toList();
    }

    static List<String> names(List<String> ids) {
        return ids.stream().map(CONTENT::nameOf).toList();
    }
}
