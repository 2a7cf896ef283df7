/* jQuery 1.2.6 - New Wave Javascript (placeholder of the static copy) */
