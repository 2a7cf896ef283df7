<?php // CMS entry point
