package io.github.ratecard.domain;

/** A Jira project as Ratecard refers to it: by id (keys can be renamed), with its key, name and lead. */
public record ProjectRef(long id, String key, String name, String leadUserKey) {
}
