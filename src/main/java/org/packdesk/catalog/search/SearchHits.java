package org.packdesk.catalog.search;

import java.util.List;

/** One page of matching package ids in id order (the normalised name), and how many match in all. */
public record SearchHits(List<String> ids, long total) {
}
