-- lifecycle-service's schema starts here; each later change is the next versioned script (never edit an applied one).
COMMENT ON SCHEMA public IS 'lifecycle-service';
