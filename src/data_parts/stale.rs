//! Fetches under way that a newer request no longer names: an earlier view's,
//! called off, or handed to the warm-up (see `request`).

use super::{Urgency, IN_FLIGHT};
use dossier_core::search::Need;
use dossier_core::split::PartFiles;
use std::collections::HashSet;

/// Hands the warm-up the offscreen cards under way that the current list no
/// longer names (an earlier list's): they are worth having, but their arrival
/// need not run the view again, in the middle of the reader's next click.
pub(super) fn warm_up_unwanted(files: &PartFiles, needs: &[Need]) {
    let wanted: HashSet<String> = needs.iter().filter_map(|&n| files.href(n)).collect();
    IN_FLIGHT.with_borrow_mut(|f| {
        (f.iter_mut())
            .filter(|(href, flight)| flight.urgency == Urgency::Offscreen && !wanted.contains(*href))
            .for_each(|(_, flight)| flight.urgency = Urgency::Idle);
    });
}

/// Calls off the fetches only an earlier view wanted (at `urgency`) that
/// `needs` no longer names: a key typed while the last key's cards and texts
/// were under way; they would take the bandwidth (and over HTTP/1.1 the six
/// connections) the new view needs. A part someone else wants stays.
pub(super) fn call_off_unwanted(files: &PartFiles, needs: &[Need], urgency: Urgency) {
    let wanted: HashSet<String> = needs.iter().filter_map(|&n| files.href(n)).collect();
    IN_FLIGHT.with_borrow_mut(|f| {
        f.retain(|href, flight| {
            let stale = flight.urgency == urgency && !wanted.contains(href);
            if stale {
                flight.abort.abort();
            }
            !stale
        })
    });
}
