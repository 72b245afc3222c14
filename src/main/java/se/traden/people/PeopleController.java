package se.traden.people;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.traden.shared.InvalidInputException;
import se.traden.shared.RuleViolationException;
import se.traden.shared.web.Forms;

/**
 * The person register in the browser: search, register a child, the person page, corrections, and
 * relating guardians and network persons. Numbers travel only in form posts, never in an address.
 */
@Controller
@RequestMapping("/people")
class PeopleController {
    private final PeopleService people;
    private final PeopleSearch search;

    PeopleController(PeopleService people, PeopleSearch search) {
        this.people = people;
        this.search = search;
    }

    @ModelAttribute("relationTypes")
    List<RelationType> relationTypes() {
        return List.of(RelationType.values());
    }

    @GetMapping
    String searchPage(Model model) {
        search.checkMaySearch();
        model.addAttribute("searchForm", new SearchForm());
        return "people/search";
    }

    @PostMapping("/search")
    String search(@ModelAttribute("searchForm") SearchForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            search.checkMaySearch();
            return "people/search";
        }
        try {
            model.addAttribute("results", search.search(form.toQuery()));
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        }
        return "people/search";
    }

    @GetMapping("/new")
    String registerPage(@RequestParam(name = "returnTo", required = false) String returnTo, Model model) {
        people.checkMayRegister();
        var form = new ChildForm();
        form.setReturnTo(localPath(returnTo));
        model.addAttribute("childForm", form);
        return "people/register";
    }

    @PostMapping("/new")
    String register(
            @ModelAttribute("childForm") ChildForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            PersonId id = people.registerChild(form.toCommand());
            redirect.addFlashAttribute("notice", "people.notice.registered");
            String returnTo = localPath(form.getReturnTo());
            return "redirect:" + (returnTo != null ? returnTo : "/people/" + id);
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (DuplicatePersonalNumberException e) {
            Forms.reject(binding, e);
            model.addAttribute("duplicateOf", e.existingPerson());
        }
        return "people/register";
    }

    @GetMapping("/{id}")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("person", people.read(new PersonId(id)));
        model.addAttribute("mayRelate", people.mayRelate());
        return "people/person";
    }

    @GetMapping("/{id}/edit")
    String editPage(@PathVariable UUID id, Model model) {
        PersonView person = people.readForCorrection(new PersonId(id));
        model.addAttribute("personId", person.id());
        model.addAttribute("contactHidden", person.contactHidden());
        model.addAttribute("correctionForm", CorrectionForm.of(person));
        return "people/edit";
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("correctionForm") CorrectionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var personId = new PersonId(id);
        model.addAttribute("personId", personId);
        try {
            Long version = binding.hasFieldErrors("version") ? null : form.getVersion();
            people.correct(personId, form.toCommand(), version);
            redirect.addFlashAttribute("notice", "people.notice.corrected");
            return "redirect:/people/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (DuplicatePersonalNumberException e) {
            Forms.reject(binding, e);
            model.addAttribute("duplicateOf", e.existingPerson());
        }
        model.addAttribute("contactHidden", people.readForCorrection(personId).contactHidden());
        return "people/edit";
    }

    @GetMapping("/{id}/relations/new")
    String relatePage(@PathVariable UUID id, Model model) {
        model.addAttribute("child", people.childToRelate(new PersonId(id)));
        model.addAttribute("relatedPersonForm", new RelatedPersonForm());
        model.addAttribute("linkPersonForm", new LinkPersonForm());
        return "people/relate";
    }

    @PostMapping("/{id}/relations/new")
    String registerRelated(
            @PathVariable UUID id,
            @ModelAttribute("relatedPersonForm") RelatedPersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var childId = new PersonId(id);
        try {
            people.registerRelated(childId, form.toCommand());
            redirect.addFlashAttribute("notice", "people.notice.related");
            return "redirect:/people/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (DuplicatePersonalNumberException e) {
            Forms.reject(binding, e);
            model.addAttribute("duplicateOf", e.existingPerson());
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        model.addAttribute("child", people.childToRelate(childId));
        model.addAttribute("linkPersonForm", new LinkPersonForm());
        return "people/relate";
    }

    @PostMapping("/{id}/relations/link")
    String linkExisting(
            @PathVariable UUID id,
            @ModelAttribute("linkPersonForm") LinkPersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var childId = new PersonId(id);
        try {
            people.relateExistingByNumber(childId, form.getPersonalNumber(), form.getRelation());
            redirect.addFlashAttribute("notice", "people.notice.related");
            return "redirect:/people/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(binding, e);
        } catch (RuleViolationException e) {
            Forms.reject(binding, e);
        }
        model.addAttribute("child", people.childToRelate(childId));
        model.addAttribute("relatedPersonForm", new RelatedPersonForm());
        return "people/relate";
    }

    /**
     * Where the person came from when they registered a child on the way (a concern that needs the child
     * identified), so that they go back there: a path of this application only, never another host.
     */
    static String localPath(String returnTo) {
        if (returnTo == null || !LOCAL_PATH.matcher(returnTo).matches()) {
            return null;
        }
        return returnTo;
    }

    private static final java.util.regex.Pattern LOCAL_PATH =
            java.util.regex.Pattern.compile("/[A-Za-z0-9_-][A-Za-z0-9/_-]*(\\?[A-Za-z0-9=&_-]*)?(#[A-Za-z0-9_-]*)?");
}
