"""Members in public: profiles, badges with their holders, and the best badge beside a name."""
